package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.model.Ecosystem;

/**
 * Quoted text is one line and reads as written (docs/language.md): only \" and \\ escape; Java's
 * other escapes, control characters and noncharacters are syntax errors at the text; emoji and
 * every script are kept.
 */
class QuotedTextTest {

	private static String title(String quoted) {
		ModelSet set = TestModels.of("ecosystem e " + quoted + "\n");
		assertEquals(List.of(), TestModels.issues(set));
		return set.elements(Ecosystem.class).get(0).getTitle();
	}

	@Test
	void quoteAndBackslashAreTheOnlyEscapes() {
		assertEquals("She said \"no\" \\ twice", title("\"She said \\\"no\\\" \\\\ twice\""));
	}

	@Test
	void emojiScriptsAndTabAreKept() {
		assertEquals("Sam 😀 שלום عربي café\tx", title("\"Sam 😀 שלום عربي café\tx\""));
	}

	static Stream<Arguments> refused() {
		return Stream.of(Arguments.of("line feed escape", "\\n"), Arguments.of("carriage return escape", "\\r"),
				Arguments.of("tab escape", "\\t"), Arguments.of("unicode escape", "\\u0041"),
				Arguments.of("raw escape character", "\u001b[31m"), Arguments.of("raw bell", "\u0007"),
				Arguments.of("C1 control", String.valueOf((char) 0x85)), Arguments.of("noncharacter FFFF", "\uFFFF"),
				Arguments.of("noncharacter FFFE", "\uFFFE"), Arguments.of("noncharacter FDD0", "\uFDD0"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void otherEscapesAndInvisibleCharactersAreSyntaxErrors(String label, String inside) {
		ModelSet set = TestModels.of("need a\necosystem e \"Map " + inside + "\" {\n}\n");
		List<Problem> problems = TestModels.languageProblems(set);
		assertEquals(1, problems.size(), problems.toString());
		Problem problem = problems.get(0);
		assertEquals("syntax-error@2:13", problem.code() + "@" + problem.line() + ":" + problem.column());
	}

	@Test
	void theMessageNamesTheEscape() {
		Problem problem = TestModels.languageProblems(TestModels.of("ecosystem e \"a\\nb\"")).get(0);
		assertEquals("Only \\\" and \\\\ may follow a backslash in quoted text; write \\\\ for a backslash (here: \\n).",
				problem.message());
	}
}
