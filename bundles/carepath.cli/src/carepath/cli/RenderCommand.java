package carepath.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import carepath.diagram.ParsedSources;
import carepath.diagram.Diagram;
import carepath.diagram.FindingIndex;
import carepath.diagram.export.ExportFormat;
import carepath.diagram.system.SystemMapGenerator.Grouping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `carepath render PATH...`: draws the maps as SVG, PNG or PDF (A3 landscape), every view of
 * every map unless told which. Files are named `NAME.VIEW.FORMAT` in the output folder.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
		description = "Draws journey maps, system maps, routes, needs matrices and as-is/to-be comparisons.")
public class RenderCommand implements Callable<Integer> {

	enum Format {
		svg, png, pdf
	}

	@Mixin
	private ProjectOptions project;

	@Option(names = "--view", split = ",", paramLabel = "VIEW",
			description = "journey, system, route, needs or compare; several with commas. Default: all.")
	private List<RenderPlan.View> views = new ArrayList<>();

	@Option(names = "--journey", paramLabel = "NAME", description = "Only this journey's views.")
	private String journey;

	@Option(names = "--ecosystem", paramLabel = "NAME", description = "Only this ecosystem's views.")
	private String ecosystem;

	@Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "svg, png or pdf; several with commas. Default: svg.")
	private List<Format> formats = new ArrayList<>(List.of(Format.svg));

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "diagrams",
			description = "The folder to write to (made if missing). Default: ${DEFAULT-VALUE}.")
	private Path output;

	@Option(names = "--group-by", paramLabel = "GROUPING", defaultValue = "category",
			description = "System maps grouped by category or by setting. Default: ${DEFAULT-VALUE}.")
	private String groupBy;

	@Option(names = "--detail", description = "System maps say in each service's box what it provides and its access criteria.")
	private boolean detail;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		Grouping grouping;
		try {
			grouping = Grouping.valueOf(groupBy.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			return fail("--group-by is 'category' or 'setting', not '" + groupBy + "'");
		}
		ProjectLoader.Loaded loaded;
		try {
			loaded = project.loadWithoutErrors("drawing", spec.commandLine().getErr());
		} catch (ProjectLoader.Stopped stopped) {
			return stopped.exit();
		}
		RenderPlan plan = new RenderPlan(loaded.models(), ParsedSources.INSTANCE, FindingIndex.drawn(loaded.findings()), grouping,
				detail);
		List<RenderPlan.Item> items;
		try {
			items = plan.items(views, journey, ecosystem);
		} catch (IllegalArgumentException e) {
			return fail(e.getMessage());
		}
		try {
			OutputFolder folder = new OutputFolder(output, spec.commandLine().getOut(), spec.commandLine().getErr());
			for (RenderPlan.Item item : items) {
				Diagram diagram = item.diagram().get();
				for (Format format : formats) {
					folder.write(item.name() + "." + item.view().name() + "." + format.name(), bytes(diagram, format));
				}
			}
			folder.finish();
		} catch (IOException e) {
			return fail("cannot write to " + output + " (" + e.getMessage() + ")");
		} catch (IllegalArgumentException e) {
			return fail(e.getMessage());
		}
		return Main.CLEAN;
	}

	private static byte[] bytes(Diagram diagram, Format format) {
		return ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)).bytes(diagram);
	}

	private int fail(String message) {
		return Main.usageError(spec.commandLine().getErr(), message);
	}
}
