package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.Problem;

/** A problem's line cannot carry a control character to the terminal: text from a model is escaped. */
class PrintableProblemTest {

	@Test
	void controlCharactersAreShownAsEscapes() {
		Problem problem = new Problem("a\u001b.journey", 1, 2, Problem.Severity.ERROR,
				"bad 'x\nb.journey:1:1: error: fake' \u001b[31m", "syntax-error", "", "");
		assertEquals("a\\u001B.journey:1:2: error: bad 'x\\u000Ab.journey:1:1: error: fake' \\u001B[31m [syntax-error]",
				problem.toString());
	}

	@Test
	void emojiAndScriptsAreLeftAlone() {
		Problem problem = new Problem("kaart.journey", 3, 4, Problem.Severity.WARNING, "Sam 😀 שלום", "x", "", "");
		assertEquals("kaart.journey:3:4: warning: Sam 😀 שלום [x]", problem.toString());
	}
}
