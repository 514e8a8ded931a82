package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.Problem;

/** A name written with hyphens is the documented invalid-name problem, with two ways to write it. */
class HyphenatedNameTest {

	@Test
	void aServiceNamedWithHyphens() {
		Problem problem = SyntaxErrorWords.first("ecosystem e {\n  service a-and-e \"A and E\"\n}\n");
		assertEquals("invalid-name", problem.code());
		assertEquals("'a-and-e' is not a name: a name is one word of letters, digits and _, without hyphens;"
				+ " write aAndE or a_and_e", problem.message());
		assertEquals(2, problem.line());
	}

	@Test
	void aStepNamedWithOneHyphen() {
		Problem problem = SyntaxErrorWords.first("journey j { stage s { step follow-up \"Follow up\" } }");
		assertEquals("invalid-name", problem.code());
		assertEquals("'follow-up' is not a name: a name is one word of letters, digits and _, without hyphens;"
				+ " write followUp or follow_up", problem.message());
	}
}
