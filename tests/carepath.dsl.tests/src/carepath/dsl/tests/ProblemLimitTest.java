package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.Problem;

/** A file lists at most 100 errors, the first in the text, then one that says how many more; warnings all. */
class ProblemLimitTest {

	private static String personasWithUnknownNeeds(int count) {
		StringBuilder text = new StringBuilder("need n\n");
		for (int i = 0; i < count; i++) {
			text.append("persona p").append(i).append(" \"P\" { needs missing }\n");
		}
		return text.toString();
	}

	@Test
	void aThousandBrokenLinesListAHundredAndCountTheRest() {
		List<Problem> problems = TestModels.of(personasWithUnknownNeeds(1000)).validate().stream()
				.filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
		assertEquals(101, problems.size());
		assertEquals(2, problems.get(0).line());
		Problem last = problems.get(100);
		assertEquals("more-problems", last.code());
		int more = Integer.parseInt(last.message().substring(0, last.message().indexOf(' ')));
		assertEquals(900, more, last.message());
		assertTrue(last.message().endsWith("more errors in this file are not listed; mend the ones above first, as many follow from them."),
				last.message());
		assertEquals(102, last.line(), "where the first error not listed is");
	}

	@Test
	void aFewProblemsAreAllListed() {
		List<Problem> problems = TestModels.of(personasWithUnknownNeeds(100)).validate();
		assertEquals(100, problems.stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).count());
		assertTrue(problems.stream().noneMatch(problem -> problem.code().equals("more-problems")));
	}
}
