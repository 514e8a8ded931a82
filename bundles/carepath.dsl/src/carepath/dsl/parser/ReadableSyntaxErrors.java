package carepath.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

import carepath.dsl.validation.IssueCodes;

/**
 * ANTLR speaks of RULE_STRING, EOF and "mismatched input"; a service designer reads "quoted
 * text", "the end of the file" and "unexpected". Where the words before the mistake tell what was
 * meant, the message says what is allowed instead (docs/language.md): the words of a word list
 * with the nearest one (`pain wait`), whole numbers (`waits 1.5 weeks`), a score before a quote,
 * one-word names (`a-and-e`, the invalid-name problem).
 */
public class ReadableSyntaxErrors extends SyntaxErrorMessageProvider {

	private static final Pattern EXPECTING_SET = Pattern.compile("expecting set null|expecting set");
	private static final Pattern NULL_PRIMITIVE = Pattern.compile("ValueConverter returned null for primitive feature (\\w+)");
	private static final ResourceBundle WORDS = ResourceBundle.getBundle("carepath.dsl.parser.syntax", Locale.ROOT,
			ReadableSyntaxErrors.class.getClassLoader());
	/** The keywords that a new element's name follows. */
	private static final Set<String> NAMING = Set.of("need", "system", "persona", "ecosystem", "category", "service",
			"journey", "stage", "step", "trait");
	/** The places that take a service's short name only. */
	private static final Set<String> SHORT_NAME_ONLY = Set.of("referral", "signpost", "->", "in");

	private WordLists lists;

	@Inject
	void setGrammar(IGrammarAccess grammar) {
		lists = new WordLists(grammar.getGrammar());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		Explained explained = explain(context.getRecognitionException());
		if (explained != null) {
			return new SyntaxErrorMessage(explained.message(), explained.code(), original.getIssueData());
		}
		return new SyntaxErrorMessage(plain(original.getMessage()), IssueCodes.SYNTAX_ERROR, original.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		String message = original.getMessage() == null ? "" : original.getMessage();
		Matcher missing = NULL_PRIMITIVE.matcher(message);
		if (missing.find()) {
			message = switch (missing.group(1)) {
			case "score" -> format("score.missing");
			case "amount" -> format("amount.missing");
			default -> format("number.missing");
			};
		} else {
			message = plain(message);
		}
		return new SyntaxErrorMessage(message, IssueCodes.SYNTAX_ERROR, original.getIssueData());
	}

	private record Explained(String message, String code) {
	}

	/** What was meant, from the unexpected token and the words before it; null when they do not tell. */
	private Explained explain(RecognitionException error) {
		if (error == null || error.token == null || !(error.input instanceof TokenStream tokens) || lists == null) {
			return null;
		}
		Token offending = error.token;
		String text = offending.getText();
		List<String> before = significantBefore(tokens, offending, 3);
		if (text == null || before.isEmpty()) {
			return null;
		}
		String previous = before.get(0);
		String earlier = before.size() > 1 ? before.get(1) : "";
		if ((text.equals("-") || text.equals(".")) && isNumber(previous) && earlier.equals("waits")) {
			return syntax(format("wait.number"));
		}
		if (text.equals(".") && isNumber(previous) && (earlier.equals("feels") || earlier.equals("-") || earlier.equals("+"))) {
			return syntax(format("score.number"));
		}
		if (isNumber(previous) && earlier.equals("waits") && isWord(text)) {
			return notInList(text, lists.named("TimeUnit"));
		}
		if (text.equals("-") && isWord(previous) && NAMING.contains(earlier)) {
			String name = previous + "-" + hyphenatedRest(tokens, offending);
			return new Explained(format("hyphenated.name", name, ways(name)), IssueCodes.INVALID_NAME);
		}
		if (previous.equals("trait") && text.startsWith("\"")) {
			return syntax(format("quoted.trait", oneWord(text.substring(1, Math.max(1, text.length() - 1)))));
		}
		if (text.equals(".") && isWord(previous) && SHORT_NAME_ONLY.contains(earlier)) {
			return syntax(format("qualified.name", previous));
		}
		EnumRule list = lists.after(previous.equals(",") ? listKeywordBeforeCommas(before) : previous);
		if (list != null && !WordLists.allWords(list).contains(text) && isWord(text)) {
			return notInList(text, list);
		}
		return null;
	}

	private Explained notInList(String typed, EnumRule list) {
		List<String> words = WordLists.words(list);
		String allowed = words.size() == 1 ? words.get(0)
				: String.join(", ", words.subList(0, words.size() - 1)) + " " + WORDS.getString("or") + " "
						+ words.get(words.size() - 1);
		String message = format("not.in.list", typed, WORDS.getString("list." + list.getName()), allowed);
		message += Nearest.to(typed, WordLists.allWords(list)).map(near -> " " + format("did.you.mean", near)).orElse("");
		return syntax(message);
	}

	/** For `setting home, hopsital`: the keyword before the list written so far. */
	private static String listKeywordBeforeCommas(List<String> before) {
		return before.size() > 2 ? before.get(2) : "";
	}

	private static Explained syntax(String message) {
		return new Explained(message, IssueCodes.SYNTAX_ERROR);
	}

	/** The texts of the tokens before this one that are not spaces or comments, nearest first. */
	private static List<String> significantBefore(TokenStream tokens, Token token, int count) {
		List<String> texts = new ArrayList<>();
		int index = token.getTokenIndex() >= 0 ? token.getTokenIndex() - 1 : tokens.index() - 1;
		for (; index >= 0 && index < tokens.size() && texts.size() < count; index--) {
			Token before = tokens.get(index);
			String text = before.getText();
			if (text != null && !text.isBlank() && !text.startsWith("//") && !text.startsWith("/*")) {
				texts.add(text);
			}
		}
		return texts;
	}

	/** What follows the first hyphen of a name written with hyphens: `and-e` of `a-and-e`. */
	private static String hyphenatedRest(TokenStream tokens, Token hyphen) {
		StringBuilder rest = new StringBuilder();
		for (int index = hyphen.getTokenIndex() + 1; index >= 1 && index < tokens.size(); index++) {
			String text = tokens.get(index).getText();
			boolean expectWord = rest.isEmpty() || rest.charAt(rest.length() - 1) == '-';
			if (text == null || (expectWord ? !isWord(text) && !isNumber(text) : !text.equals("-"))) {
				break;
			}
			rest.append(text);
		}
		return rest.toString();
	}

	/** `aAndE or a_and_e`. */
	private static String ways(String hyphenated) {
		String[] parts = hyphenated.split("-+");
		StringBuilder camel = new StringBuilder(parts[0]);
		for (int index = 1; index < parts.length; index++) {
			if (!parts[index].isEmpty()) {
				camel.append(Character.toUpperCase(parts[index].charAt(0))).append(parts[index].substring(1));
			}
		}
		return camel + " " + WORDS.getString("or") + " " + String.join("_", parts);
	}

	private static String oneWord(String words) {
		String[] parts = words.trim().split("[^\\p{L}\\p{N}_]+");
		StringBuilder word = new StringBuilder();
		for (String part : parts) {
			if (!part.isEmpty()) {
				word.append(word.isEmpty() ? part.toLowerCase(Locale.ROOT)
						: Character.toUpperCase(part.charAt(0)) + part.substring(1).toLowerCase(Locale.ROOT));
			}
		}
		return word.isEmpty() ? "key" : word.toString();
	}

	private static boolean isNumber(String text) {
		return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
	}

	private static boolean isWord(String text) {
		return !text.isEmpty() && Character.isLetter(text.codePointAt(0))
				&& text.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
	}

	private static String format(String key, Object... arguments) {
		return new java.text.MessageFormat(WORDS.getString(key), Locale.ROOT).format(arguments);
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
