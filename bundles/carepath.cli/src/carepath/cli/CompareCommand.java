package carepath.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import carepath.analysis.compare.Comparison;
import carepath.analysis.compare.MapComparison;
import carepath.model.MapModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `carepath compare AS_IS TO_BE [PATH...]`: what a redesign adds, removes and keeps, and its figures before and after. */
@Command(name = "compare", mixinStandardHelpOptions = true,
		description = "Compares an as-is journey or ecosystem with its to-be redesign: elements added, removed, changed and kept, and every figure before and after.")
public class CompareCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "AS_IS", description = "The name of the as-is journey or ecosystem.")
	private String asIsName;

	@Parameters(index = "1", paramLabel = "TO_BE", description = "The name of the to-be journey or ecosystem.")
	private String toBeName;

	@Parameters(index = "2..*", paramLabel = "PATH", description = "The .journey files or folders holding them. Default: the current folder.")
	private List<Path> paths = new ArrayList<>();

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json. Default: ${DEFAULT-VALUE}.")
	private CheckCommand.Format format;

	@Option(names = "--settings", paramLabel = "FILE", description = "Check severities and thresholds, as for 'check'.")
	private Path settings;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		ProjectLoader.Loaded loaded;
		try {
			loaded = ProjectLoader.loadWithoutErrors(paths.isEmpty() ? List.of(Path.of(".")) : paths, settings, "comparing",
					spec.commandLine().getErr());
		} catch (ProjectLoader.Stopped stopped) {
			return stopped.exit();
		}
		MapModel asIs = find(loaded, asIsName);
		MapModel toBe = find(loaded, toBeName);
		if (asIs == null || toBe == null) {
			return fail(String.format("no journey or ecosystem named '%s' in %s", asIs == null ? asIsName : toBeName,
					paths.isEmpty() ? "." : String.join(", ", paths.stream().map(Path::toString).toList())));
		}
		if (asIs.eClass() != toBe.eClass()) {
			return fail(String.format("'%s' and '%s' are not the same kind of map: compare two journeys or two ecosystems",
					asIsName, toBeName));
		}
		Comparison comparison = MapComparison.compare(asIs, toBe);
		spec.commandLine().getOut().print(format == CheckCommand.Format.json ? ComparisonReport.json(comparison)
				: ComparisonReport.text(comparison));
		spec.commandLine().getOut().flush();
		return Main.CLEAN;
	}

	private int fail(String message) {
		return Main.usageError(spec.commandLine().getErr(), message);
	}

	private static MapModel find(ProjectLoader.Loaded loaded, String name) {
		return loaded.models().elements(MapModel.class).stream().filter(map -> name.equals(map.getName())).findFirst()
				.orElse(null);
	}
}
