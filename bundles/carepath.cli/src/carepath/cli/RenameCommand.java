package carepath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;

import carepath.dsl.ide.edit.EditRefused;
import carepath.dsl.ide.edit.ProjectTexts;
import carepath.dsl.ide.edit.Rename;
import carepath.dsl.ide.edit.TextEdit;
import carepath.dsl.load.JourneyFiles;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.LoadException;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `carepath rename OLD NEW [PATH...]`: renames an element and every reference to it in the files
 * (the same headless operation as renaming in Studio), writing the changed files in place with
 * comments and layout kept. Nothing is written when the files do not check clean afterwards, or
 * when the rename is refused (exit 1, with the reason); usage and I/O problems exit 2, as `check`.
 */
@Command(name = "rename", mixinStandardHelpOptions = true,
		description = "Renames an element (a need, persona, service, step...) and every reference to it in the .journey files, "
				+ "in place; comments and layout stay. OLD may be a full name such as riverside.gp where several share it.")
public class RenameCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "OLD", description = "The name now, plain (gp) or full (riverside.gp).")
	private String oldName;

	@Parameters(index = "1", paramLabel = "NEW", description = "The new name: one word of letters, digits and _.")
	private String newName;

	@Parameters(index = "2..*", paramLabel = "PATH", description = "Files, or folders whose .journey files are searched. Default: the current folder.")
	private List<Path> paths = List.of(Path.of("."));

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Map<URI, Path> files = new LinkedHashMap<>();
		Map<URI, String> texts = new LinkedHashMap<>();
		try {
			for (Path file : JourneyFiles.collect(paths)) {
				URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
				files.put(uri, file);
				texts.put(uri, JourneyFiles.read(file));
			}
		} catch (LoadException e) {
			return Main.usageError(err, e.getMessage());
		}
		ProjectTexts before = new ProjectTexts(texts);
		List<TextEdit> edits;
		try {
			edits = Rename.of(before, oldName, newName);
		} catch (EditRefused refused) {
			err.println("carepath: not renamed: " + refused.getMessage() + "; nothing was written");
			return Main.MODEL_ERRORS;
		}
		ProjectTexts after = before.with(edits);
		List<Problem> errors = errors(after, files);
		if (!errors.isEmpty()) {
			err.println("carepath: not renamed: the files would not check clean; nothing was written:");
			errors.forEach(problem -> err.println("  " + problem));
			return Main.MODEL_ERRORS;
		}
		int changed = 0;
		for (URI uri : after.texts().keySet()) {
			if (after.text(uri).equals(before.text(uri))) {
				continue;
			}
			Path file = files.get(uri);
			try {
				AtomicWrite.write(file, after.text(uri).getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				return Main.usageError(err, "cannot write " + file + " (" + e.getMessage() + ")");
			}
			out.println(file);
			changed++;
		}
		err.printf("Renamed %s to %s: %d %s in %d %s.%n", oldName, newName, edits.size(), edits.size() == 1 ? "place" : "places",
				changed, changed == 1 ? "file" : "files");
		return Main.CLEAN;
	}

	private static List<Problem> errors(ProjectTexts texts, Map<URI, Path> files) {
		ModelSet set = JourneyLanguage.newModelSet();
		texts.texts().forEach((uri, text) -> set.add(files.get(uri).toString(), uri, text));
		return set.validate().stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
	}
}
