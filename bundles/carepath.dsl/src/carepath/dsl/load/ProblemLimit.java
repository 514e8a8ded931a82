package carepath.dsl.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import carepath.dsl.validation.IssueCodes;

/**
 * At most {@value #ERRORS_PER_FILE} errors of one file are listed, the first in the text, then one
 * error that says how many more there are: a file that went wrong early (an unclosed block) would
 * otherwise bury the first error, the one to mend, under thousands that follow from it. Warnings
 * and notes, what the workshop checks found, are all listed.
 */
final class ProblemLimit {
	static final int ERRORS_PER_FILE = 100;

	private ProblemLimit() {
	}

	static List<Problem> firstOf(List<Problem> problems) {
		List<Problem> errors = new ArrayList<>();
		for (Problem problem : problems) {
			if (problem.severity() == Problem.Severity.ERROR) {
				errors.add(problem);
			}
		}
		if (errors.size() <= ERRORS_PER_FILE) {
			return problems;
		}
		Collections.sort(errors);
		List<Problem> shown = new ArrayList<>(problems.size() - errors.size() + ERRORS_PER_FILE + 1);
		for (Problem problem : problems) {
			if (problem.severity() != Problem.Severity.ERROR) {
				shown.add(problem);
			}
		}
		shown.addAll(errors.subList(0, ERRORS_PER_FILE));
		Problem next = errors.get(ERRORS_PER_FILE);
		shown.add(new Problem(next.file(), next.line(), next.column(), Problem.Severity.ERROR,
				(errors.size() - ERRORS_PER_FILE) + " more errors in this file are not listed; mend the ones above first, as many follow from them.",
				IssueCodes.MORE_PROBLEMS, "", ""));
		return shown;
	}
}
