package carepath.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import carepath.diagram.ParsedSources;
import carepath.analysis.Finding;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.MapModel;
import carepath.report.PackInput;
import carepath.report.WorkshopPack;
import carepath.report.WorkshopPack.PackFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `carepath report PATH...`: the workshop pack, one self-contained page per journey and per
 * ecosystem plus an index, as HTML (the default) or PDF on A3 landscape.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Makes the workshop pack: each map with its figures, the checks' findings by workshop question, the as-is/to-be comparison and discussion prompts.")
public class ReportCommand implements Callable<Integer> {

	enum Format {
		html, pdf
	}

	@Mixin
	private ProjectOptions project;

	@Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "html or pdf; both with a comma. Default: html.")
	private List<Format> formats = new ArrayList<>(List.of(Format.html));

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "pack",
			description = "The folder to write to (made if missing). Default: ${DEFAULT-VALUE}.")
	private Path output;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		ProjectLoader.Loaded loaded;
		try {
			loaded = project.loadWithoutErrors("making the pack", spec.commandLine().getErr());
		} catch (ProjectLoader.Stopped stopped) {
			return stopped.exit();
		}
		List<Journey> journeys = loaded.models().elements(Journey.class);
		List<MapModel> maps = new ArrayList<>(journeys);
		maps.addAll(loaded.models().elements(Ecosystem.class));
		if (maps.isEmpty()) {
			return fail("no journey or ecosystem to make a pack of");
		}
		List<Finding> findings = loaded.findings();
		PackInput input = new PackInput(maps, journeys, findings, ParsedSources.INSTANCE);
		try {
			OutputFolder folder = new OutputFolder(output, spec.commandLine().getOut(), spec.commandLine().getErr());
			WorkshopPack pack = new WorkshopPack(input);
			for (Format format : formats) {
				for (PackFile file : format == Format.html ? pack.html() : pack.pdf()) {
					folder.write(file.name(), file.content());
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

	private int fail(String message) {
		return Main.usageError(spec.commandLine().getErr(), message);
	}
}
