package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.Problem;

/** A journey with no stages gets a warning; one with a stage does not. */
class EmptyJourneyTest {

	@Test
	void aJourneyWithoutStagesIsWarnedAbout() {
		List<Problem> problems = TestModels.languageProblems(TestModels.of("persona p\njourney j \"Sam looks for help\" { persona p }\n"));
		assertEquals(1, problems.size(), problems.toString());
		assertEquals("empty-journey", problems.get(0).code());
		assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
		assertEquals("The journey 'Sam looks for help' has no stages yet: add one, such as stage first \"First contact\" { step ... }.",
				problems.get(0).message());
	}

	@Test
	void aJourneyWithAStageIsNot() {
		assertEquals(List.of(), TestModels.issues(TestModels.of("persona p\njourney j { persona p stage s }\n")));
	}
}
