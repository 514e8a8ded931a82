package carepath.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the commands that draw or report a project share: the files to load and the check settings. */
final class ProjectOptions {
	@Parameters(arity = "1..*", paramLabel = "PATH", description = "A .journey file, or a folder to search for them.")
	private List<Path> paths;

	@Option(names = "--settings", paramLabel = "FILE", description = "Check severities and thresholds, as for 'check'.")
	private Path settings;

	/** The project, loaded and checked; stops, having said why, when it has errors ({@code doing}: "drawing"). */
	ProjectLoader.Loaded loadWithoutErrors(String doing, PrintWriter err) throws ProjectLoader.Stopped {
		return ProjectLoader.loadWithoutErrors(paths, settings, doing, err);
	}
}
