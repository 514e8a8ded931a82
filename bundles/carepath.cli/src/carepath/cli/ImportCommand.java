package carepath.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import carepath.dsl.conversion.Printable;
import carepath.dsl.formatting.ModelWriter;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.dsl.validation.ProjectSettings;
import carepath.exchange.ImportException;
import carepath.exchange.ImportProblem;
import carepath.exchange.ImportResult;
import carepath.exchange.MermaidImport;
import carepath.exchange.SheetImport;
import carepath.exchange.XmiImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `carepath import FILE [-o FILE.journey] [--force]`: turns a CSV sheet (a system map sheet, a
 * journey sheet, or a Miro or Mural sticky-note export, told apart by their column names), a
 * Mermaid journey diagram or an XMI file into a formatted `.journey` file. Lines it cannot use are
 * reported with their number and skipped; an existing file is only replaced with --force; what it
 * writes always parses and checks without errors.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Turns a sheet, diagram or model from another tool into a .journey file: a system map sheet, a journey sheet "
				+ "(one row per step) or a Miro or Mural sticky-note export (.csv, told apart by its first row), a Mermaid journey "
				+ "diagram (.mmd, .mermaid), or an XMI file written by `carepath export` (.xmi).")
public class ImportCommand implements Callable<Integer> {
	private static final long MAX_BYTES = 16L << 20;

	@Parameters(index = "0", paramLabel = "FILE", description = "A .csv sheet, a Mermaid journey diagram (.mmd, .mermaid) or an XMI file (.xmi).")
	private Path input;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE.journey",
			description = "Where to write. Default: beside FILE, with the .journey extension.")
	private Path output;

	@Option(names = "--force", description = "Replace the output file if it exists.")
	private boolean force;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean xmi = name.endsWith(".xmi");
		if (!xmi && !name.endsWith(".csv") && !name.endsWith(".mmd") && !name.endsWith(".mermaid")) {
			return fail(input + ": give a sheet (.csv), a Mermaid journey diagram (.mmd, .mermaid) or an XMI file (.xmi)");
		}
		Path target = output != null ? output : input.resolveSibling(base(input) + ".journey");
		if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".journey")) {
			return fail(target + ": the file to write must end in .journey");
		}
		if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			return fail(target + " is a folder; name the .journey file to write");
		}
		// A link counts as a file, even one that leads nowhere: what it points to is not touched unasked.
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
			return fail(target + " exists; add --force to replace it");
		}
		if (!Files.isRegularFile(input)) {
			return fail(input + ": " + (Files.isDirectory(input) ? "is a folder; give a file" : "no such file"));
		}
		byte[] bytes;
		try {
			if (Files.size(input) > MAX_BYTES) {
				return fail(input + ": larger than 16 MB; not read");
			}
			bytes = Files.readAllBytes(input);
		} catch (IOException e) {
			return fail(input + ": cannot read (" + e.getMessage() + ")");
		}
		ImportResult result;
		try {
			result = read(bytes, name);
		} catch (CharacterCodingException e) {
			return fail(input + ": not UTF-8 text; save the file as UTF-8");
		} catch (ImportException e) {
			return fail(input + ": " + e.getMessage());
		}
		for (ImportProblem problem : result.problems()) {
			spec.commandLine().getErr().println(input + ":" + problem.line() + ": warning: " + Printable.of(problem.message()));
		}
		String journey;
		try {
			journey = JourneyLanguage.injector().getInstance(ModelWriter.class).write(result.model(),
					URI.createFileURI(target.toAbsolutePath().toString()));
		} catch (RuntimeException e) {
			// only a model from another tool (XMI) can hold what the language cannot write, such as a name with spaces
			return xmi ? fail(input + ": cannot be written as a .journey file (" + e.getMessage() + ")")
					: internal("the imported model cannot be written: " + e.getMessage());
		}
		List<Problem> problems = check(target, journey);
		if (problems.stream().anyMatch(problem -> problem.question().isEmpty())) {
			Problem first = problems.stream().filter(problem -> problem.question().isEmpty()).findFirst().orElseThrow();
			return xmi ? fail(input + ": the model does not check as a .journey file: " + first.message())
					: internal("the imported text does not check: " + first);
		}
		if (!problems.isEmpty()) {
			// What the input says fails a workshop check set to error, such as the privacy guard: only its author can mend it.
			spec.commandLine().getErr().println(input + ": not imported; what it holds fails these checks (lines of the text it would write):");
			problems.forEach(problem -> spec.commandLine().getErr().println("  " + problem));
			return Main.MODEL_ERRORS;
		}
		try {
			AtomicWrite.write(target, journey.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			return fail("cannot write " + target + " (" + e.getMessage() + ")");
		}
		spec.commandLine().getOut().println(target);
		return Main.CLEAN;
	}

	/** The model in the input, read by the reader its extension (and, for a sheet, its first row) calls for. */
	private ImportResult read(byte[] bytes, String name) throws CharacterCodingException, ImportException {
		if (name.endsWith(".xmi")) {
			return XmiImport.read(bytes, URI.createFileURI(input.toAbsolutePath().toString()));
		}
		String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		return name.endsWith(".csv") ? SheetImport.read(text, base(input)) : MermaidImport.read(text, base(input));
	}

	/** The errors of the written text, the project's workshop checks set to error included; none of the language's are expected. */
	private static List<Problem> check(Path target, String text) {
		ModelSet set = JourneyLanguage.newModelSet();
		Resource written = set.add(target.toString(), URI.createFileURI(target.toAbsolutePath().toString()), text);
		// Only errors stop an import: the checks that warn are not run (a large map has tens of thousands of warnings).
		ProjectSettings.attach(set.resourceSet(), ProjectSettings.of(written).errorsOnly());
		return set.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
	}

	private static String base(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private int fail(String message) {
		return Main.usageError(spec.commandLine().getErr(), message);
	}

	private int internal(String message) {
		spec.commandLine().getErr().println("carepath: internal error: " + message + "; please report it with the file");
		return Main.INTERNAL;
	}
}
