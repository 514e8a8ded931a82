package carepath.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** How each kind of token of the language looks in the editor. */
final class TokenStyles {
	static final IToken KEYWORD = token(new Color(0x7f, 0x00, 0x55), SWT.BOLD);
	static final IToken STRING = token(new Color(0x1a, 0x5f, 0xb4), SWT.NORMAL);
	static final IToken COMMENT = token(new Color(0x3f, 0x7f, 0x5f), SWT.ITALIC);
	static final IToken NUMBER = token(new Color(0x8a, 0x4b, 0x00), SWT.NORMAL);
	static final IToken PLAIN = new Token(null);

	private TokenStyles() {
	}

	private static IToken token(Color colour, int style) {
		return new Token(new TextAttribute(colour, null, style));
	}

	/** The style of a token, by the name ANTLR gives its type: `'stage'`, `RULE_STRING`... */
	static IToken of(String tokenName) {
		if (tokenName == null) {
			return PLAIN;
		}
		if (tokenName.startsWith("'")) {
			return Character.isLetter(tokenName.charAt(1)) ? KEYWORD : PLAIN;
		}
		return switch (tokenName) {
		case "RULE_STRING" -> STRING;
		case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> COMMENT;
		case "RULE_INT" -> NUMBER;
		default -> PLAIN;
		};
	}
}
