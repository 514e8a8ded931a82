package carepath.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import carepath.analysis.WorkshopQuestion;
import carepath.dsl.load.LoadException;
import carepath.dsl.load.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `carepath check PATH...`: loads the files and folders as one model set and reports the
 * language's problems and the findings of the workshop checks.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Checks .journey files and folders, loaded together as one model set: the language's rules and the workshop checks.")
public class CheckCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "A .journey file, or a folder to search for them.")
	private List<Path> paths;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
			description = "text (file:line:column: severity: message [code]) or json. Default: ${DEFAULT-VALUE}.")
	private Format format;

	@Option(names = "--by-question",
			description = "In text, list the workshop checks' findings under the workshop question each answers.")
	private boolean byQuestion;

	@Option(names = "--settings", paramLabel = "FILE",
			description = "Check severities and thresholds. Default: the carepath.properties in the first PATH's folder or above.")
	private Path settings;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		ProjectLoader.Loaded loaded;
		try {
			loaded = ProjectLoader.load(paths, settings);
		} catch (LoadException e) {
			return Main.usageError(spec.commandLine().getErr(), e.getMessage());
		}
		List<Problem> problems = loaded.validate();
		ProblemReport report = new ProblemReport(loaded.models().fileCount(), problems);
		PrintWriter out = spec.commandLine().getOut();
		if (format == Format.json) {
			out.println(report.toJson());
		} else if (byQuestion) {
			printByQuestion(problems, out);
			spec.commandLine().getErr().println(report.summary());
		} else {
			problems.forEach(out::println);
			spec.commandLine().getErr().println(report.summary());
		}
		return report.errors() > 0 ? Main.MODEL_ERRORS : Main.CLEAN;
	}

	/** The language's problems first, then each workshop question with the findings that answer it. */
	private static void printByQuestion(List<Problem> problems, PrintWriter out) {
		List<Problem> language = new ArrayList<>();
		Map<WorkshopQuestion, List<Problem>> byQuestion = new LinkedHashMap<>();
		for (WorkshopQuestion question : WorkshopQuestion.values()) {
			byQuestion.put(question, new ArrayList<>());
		}
		for (Problem problem : problems) {
			WorkshopQuestion question = WorkshopQuestion.byId(problem.question());
			(question == null ? language : byQuestion.get(question)).add(problem);
		}
		language.forEach(out::println);
		byQuestion.forEach((question, found) -> {
			if (!found.isEmpty()) {
				out.println();
				out.println("## " + question.text());
				found.forEach(out::println);
			}
		});
	}
}
