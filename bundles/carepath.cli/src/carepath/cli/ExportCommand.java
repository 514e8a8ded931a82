package carepath.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import carepath.dsl.load.ModelSet;
import carepath.exchange.ExportedFile;
import carepath.exchange.JsonExport;
import carepath.exchange.KumuExport;
import carepath.exchange.MermaidExport;
import carepath.exchange.XmiExport;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `carepath export PATH... --format xmi|json|mermaid|kumu [-o DIR]`: the models in the formats
 * other tools read. XMI gives one file per `.journey` file; JSON one file for all; Mermaid one per
 * journey; Kumu two sheets per ecosystem.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Writes the models as XMI, JSON, Mermaid journey text or Kumu sheets.")
public class ExportCommand implements Callable<Integer> {

	enum Format {
		xmi, json, mermaid, kumu
	}

	@Mixin
	private ProjectOptions project;

	@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "xmi, json, mermaid or kumu.")
	private Format format;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "export",
			description = "The folder to write to (made if missing). Default: ${DEFAULT-VALUE}.")
	private Path output;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		ProjectLoader.Loaded loaded;
		try {
			loaded = project.loadWithoutErrors("exporting", spec.commandLine().getErr());
		} catch (ProjectLoader.Stopped stopped) {
			return stopped.exit();
		}
		List<ExportedFile> files = files(loaded.models());
		try {
			OutputFolder folder = new OutputFolder(output, spec.commandLine().getOut(), spec.commandLine().getErr());
			for (ExportedFile file : files) {
				folder.write(file.name(), file.content());
			}
			folder.finish();
		} catch (IOException e) {
			return fail("cannot write to " + output + " (" + e.getMessage() + ")");
		} catch (IllegalArgumentException e) {
			return fail(e.getMessage());
		}
		return Main.CLEAN;
	}

	private List<ExportedFile> files(ModelSet models) {
		List<ExportedFile> files = new ArrayList<>();
		switch (format) {
		case xmi -> files.addAll(XmiExport.export(byFileName(models.models())));
		case json -> files.add(JsonExport.export("carepath", byFileName(models.models())));
		case mermaid -> models.elements(Journey.class).forEach(journey -> files.add(MermaidExport.export(journey)));
		case kumu -> models.elements(Ecosystem.class).forEach(ecosystem -> files.addAll(KumuExport.export(ecosystem)));
		}
		return files;
	}

	/** Each model under its file's base name, made unique where two folders hold files of the same name. */
	private static Map<String, Model> byFileName(List<Model> models) {
		Map<String, Model> named = new LinkedHashMap<>();
		for (Model model : models) {
			Resource resource = model.eResource();
			String base = resource.getURI().trimFileExtension().lastSegment();
			String name = base;
			for (int n = 2; named.containsKey(name); n++) {
				name = base + "-" + n;
			}
			named.put(name, model);
		}
		return named;
	}

	private int fail(String message) {
		return Main.usageError(spec.commandLine().getErr(), message);
	}
}
