package carepath.ui.editor;

import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;

import carepath.ui.JourneyServices;

/** Colours the text by the tokens of the language's own lexer (the one the parser uses). */
final class JourneyTokenScanner implements ITokenScanner {
	private final Lexer lexer = JourneyServices.injector().getInstance(Lexer.class);
	private final Map<Integer, String> tokenNames = JourneyServices.injector().getInstance(ITokenDefProvider.class)
			.getTokenDefMap();
	private int base;
	private CommonToken current;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		try {
			lexer.setCharStream(new ANTLRStringStream(document.get(offset, length)));
		} catch (BadLocationException e) {
			lexer.setCharStream(new ANTLRStringStream(""));
		}
		base = offset;
	}

	@Override
	public IToken nextToken() {
		org.antlr.runtime.Token token = lexer.nextToken();
		if (token == null || token.getType() == org.antlr.runtime.Token.EOF) {
			return Token.EOF;
		}
		current = (CommonToken) token;
		return TokenStyles.of(tokenNames.get(token.getType()));
	}

	@Override
	public int getTokenOffset() {
		return base + current.getStartIndex();
	}

	@Override
	public int getTokenLength() {
		return current.getStopIndex() - current.getStartIndex() + 1;
	}
}
