package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.Problem;

/** A quote without its score says the score comes first, never "ValueConverter returned null". */
class FeelingWithoutScoreTest {

	@Test
	void theScoreComesBeforeTheQuote() {
		Problem problem = SyntaxErrorWords.inStep("person feels \"sad\"");
		assertEquals("A feeling needs a score from -2 to +2 before its quote, such as 'person feels -1 \"Nobody listened\"'",
				problem.message());
		assertEquals(2, problem.line());
	}

	@Test
	void forTheProfessionalToo() {
		assertEquals("A feeling needs a score from -2 to +2 before its quote, such as 'person feels -1 \"Nobody listened\"'",
				SyntaxErrorWords.inStep("professional feels \"rushed\"").message());
	}
}
