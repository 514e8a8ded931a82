package carepath.cli;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import carepath.analysis.WorkshopQuestion;
import carepath.dsl.load.Problem;

/** The outcome of a check, as a summary line for people and as JSON for machines. */
record ProblemReport(int files, List<Problem> problems) {

	long errors() {
		return count(Problem.Severity.ERROR);
	}

	long count(Problem.Severity severity) {
		return problems.stream().filter(p -> p.severity() == severity).count();
	}

	String summary() {
		return String.format("%d %s checked: %s, %s, %s.", files, files == 1 ? "file" : "files",
				plural(errors(), "error"), plural(count(Problem.Severity.WARNING), "warning"),
				plural(count(Problem.Severity.INFO), "note"));
	}

	String toJson() {
		JsonObject root = new JsonObject();
		root.addProperty("files", files);
		root.addProperty("errors", errors());
		root.addProperty("warnings", count(Problem.Severity.WARNING));
		root.addProperty("notes", count(Problem.Severity.INFO));
		JsonArray list = new JsonArray();
		for (Problem problem : problems) {
			JsonObject item = new JsonObject();
			item.addProperty("file", problem.file());
			item.addProperty("line", problem.line());
			item.addProperty("column", problem.column());
			item.addProperty("severity", problem.severity().label());
			item.addProperty("message", problem.message());
			item.addProperty("code", problem.code());
			item.addProperty("element", problem.element());
			WorkshopQuestion question = WorkshopQuestion.byId(problem.question());
			if (question != null) {
				item.addProperty("question", question.id());
				item.addProperty("questionText", question.text());
			}
			list.add(item);
		}
		root.add("problems", list);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
