package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Waits and scores are whole numbers: a range or a fraction says so instead of "Unexpected '-'". */
class WholeNumberErrorsTest {

	@Test
	void aRangeOrAFractionOfAWait() {
		for (String wait : new String[] { "waits 2-3 weeks", "waits 1.5 weeks" }) {
			String message = SyntaxErrorWords.inStep(wait).message();
			assertTrue(message.startsWith("A wait is a whole number and a time unit, such as 'waits 3 weeks'"), wait + ": " + message);
		}
	}

	@Test
	void aFractionOfAScore() {
		assertEquals("A score is a whole number from -2 to +2, such as 'person feels -1'",
				SyntaxErrorWords.inStep("person feels 1.5 \"Fine\"").message());
	}
}
