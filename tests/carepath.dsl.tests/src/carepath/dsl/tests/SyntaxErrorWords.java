package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import carepath.dsl.load.Problem;

/** The first language problem of a text given inside a step, a service, a journey or at the top. */
final class SyntaxErrorWords {
	private SyntaxErrorWords() {
	}

	static Problem inStep(String lines) {
		return first("persona p\njourney j { persona p stage s { step one \"One\" { " + lines + " } } }\n");
	}

	static Problem inService(String lines) {
		return first("ecosystem e { service a \"A\" { " + lines + " } }\n");
	}

	/** The first syntax problem (a syntax-error, or an invalid-name the parser found) of the text. */
	static Problem first(String text) {
		List<Problem> problems = TestModels.languageProblems(TestModels.of(text)).stream()
				.filter(problem -> problem.code().equals("syntax-error") || problem.code().equals("invalid-name")).toList();
		assertEquals(false, problems.isEmpty(), "no syntax problem in: " + text);
		return problems.get(0);
	}
}
