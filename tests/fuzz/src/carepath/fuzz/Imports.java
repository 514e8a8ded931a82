package carepath.fuzz;

import java.util.List;

import carepath.dsl.formatting.ModelWriter;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.Problem;
import carepath.exchange.ImportProblem;
import carepath.exchange.ImportResult;

/** The rest of `carepath import` after a reader: writing the model as text and checking that text. */
final class Imports {
	private Imports() {
	}

	/**
	 * What `carepath import` does with a reader's result. For a sheet or a Mermaid diagram the
	 * written text must come out and check without language errors (the command calls anything
	 * else an internal error); an XMI file from another tool may hold what the language cannot
	 * write or check ({@code fromAnotherTool}), which the command reports as the input's fault.
	 */
	static void writeAndCheck(ImportResult result, boolean fromAnotherTool) {
		if (result == null || result.model() == null || result.problems() == null) {
			throw new Models.Violation("a reader returned no model");
		}
		for (ImportProblem problem : result.problems()) {
			if (problem.line() < 1 || problem.message() == null) {
				throw new Models.Violation("a problem without line or message: " + problem);
			}
		}
		String text;
		try {
			text = JourneyLanguage.injector().getInstance(ModelWriter.class).write(result.model(), Models.FILE);
		} catch (RuntimeException e) {
			if (fromAnotherTool) {
				return;
			}
			throw new Models.Violation("the imported model cannot be written: " + e, e);
		}
		List<Problem> problems = Models.load(text).problems().stream()
				.filter(p -> p.severity() == Problem.Severity.ERROR && p.question().isEmpty()).toList();
		if (!problems.isEmpty() && !fromAnotherTool) {
			throw new Models.Violation("the imported text does not check: " + problems.get(0) + "\n--- text ---\n" + text);
		}
	}
}
