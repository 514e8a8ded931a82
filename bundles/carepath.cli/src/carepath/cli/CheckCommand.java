package carepath.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.LoadException;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `carepath check PATH...`: loads the files and folders as one model set and reports problems. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Checks .journey files and folders, loaded together as one model set.")
public class CheckCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "A .journey file, or a folder to search for them.")
	private List<Path> paths;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
			description = "text (file:line:column: severity: message [code]) or json. Default: ${DEFAULT-VALUE}.")
	private Format format;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		ModelSet models = JourneyLanguage.newModelSet();
		try {
			models.load(paths);
		} catch (LoadException e) {
			spec.commandLine().getErr().println("carepath: " + e.getMessage());
			return Main.USAGE_OR_IO;
		}
		List<Problem> problems = models.validate();
		ProblemReport report = new ProblemReport(models.models().size(), problems);
		if (format == Format.json) {
			spec.commandLine().getOut().println(report.toJson());
		} else {
			problems.forEach(spec.commandLine().getOut()::println);
			spec.commandLine().getErr().println(report.summary());
		}
		return report.errors() > 0 ? Main.MODEL_ERRORS : Main.CLEAN;
	}
}
