package carepath.dsl.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import carepath.dsl.validation.IssueCodes;

/**
 * ANTLR speaks of RULE_STRING, EOF and "mismatched input"; a service designer reads "quoted
 * text", "the end of the file" and "unexpected". Same information, plainer words, stable code.
 */
public class ReadableSyntaxErrors extends SyntaxErrorMessageProvider {

	private static final Pattern EXPECTING_SET = Pattern.compile("expecting set null|expecting set");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(plain(original.getMessage()), IssueCodes.SYNTAX_ERROR, original.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(original.getMessage(), IssueCodes.SYNTAX_ERROR, original.getIssueData());
	}

	static String plain(String message) {
		if (message == null) {
			return "This text does not fit the language here.";
		}
		String result = message.replace("RULE_STRING", "quoted text").replace("RULE_ID", "a name")
				.replace("RULE_INT", "a number").replace("<EOF>", "the end of the file")
				.replace("EOF", "the end of the file").replace("mismatched input", "unexpected")
				.replace("extraneous input", "unexpected").replace("no viable alternative at input", "unexpected")
				.replace("missing the end of the file at", "expected the end of the file instead of");
		result = EXPECTING_SET.matcher(result).replaceAll(Matcher.quoteReplacement("expecting something else"));
		result = result.replace("\n", "\\n").replace("\r", "\\r");
		return Character.toUpperCase(result.charAt(0)) + result.substring(1);
	}
}
