package carepath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

import carepath.dsl.formatting.TextFormatter;
import carepath.dsl.load.JourneyFiles;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.LoadException;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `carepath format [--check] PATH...`: lays out `.journey` files as the language's formatter does
 * (indentation, one line per property, spacing), in place; only white space changes, comments
 * stay. With --check nothing is written: the files that would change are listed and the exit code
 * is 1, as other formatters do in CI. A file with syntax errors is left as it is and its first
 * error reported, since its layout cannot be known.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
		description = "Lays out .journey files in place as the language's formatter does; comments and words stay, only spacing "
				+ "and line breaks change. With --check, lists the files that would change and exits 1 instead.")
public class FormatCommand implements Callable<Integer> {
	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, or folders whose .journey files are formatted.")
	private List<Path> paths;

	@Option(names = "--check", description = "Write nothing; list the files that are not formatted and exit 1 if there are any.")
	private boolean check;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files;
		try {
			files = JourneyFiles.collect(paths);
		} catch (LoadException e) {
			return Main.usageError(err, e.getMessage());
		}
		TextFormatter formatter = JourneyLanguage.injector().getInstance(TextFormatter.class);
		int changed = 0;
		int broken = 0;
		for (Path file : files) {
			String text;
			try {
				text = JourneyFiles.read(file);
			} catch (LoadException e) {
				return Main.usageError(err, e.getMessage());
			}
			ModelSet set = JourneyLanguage.newModelSet();
			XtextResource resource = set.add(file.toString(), URI.createFileURI(file.toAbsolutePath().toString()), text);
			if (resource.getParseResult().hasSyntaxErrors()) {
				Problem first = set.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).findFirst().orElseThrow();
				err.println(first + " (not formatted)");
				broken++;
				continue;
			}
			String formatted = formatter.format(resource);
			if (formatted.equals(text)) {
				continue;
			}
			changed++;
			out.println(file);
			if (!check) {
				try {
					AtomicWrite.write(file, withByteOrderMarkOf(file, formatted.getBytes(StandardCharsets.UTF_8)));
				} catch (IOException e) {
					return Main.usageError(err, "cannot write " + file + " (" + e.getMessage() + ")");
				}
			}
		}
		err.printf("%d %s %s, %d of %d unchanged%s.%n", changed, changed == 1 ? "file" : "files",
				check ? "not formatted" : "formatted", files.size() - changed - broken, files.size(),
				broken == 0 ? "" : ", " + broken + " with syntax errors left as they are");
		return broken > 0 || check && changed > 0 ? Main.MODEL_ERRORS : Main.CLEAN;
	}

	/** The file keeps the byte order mark it had (JourneyFiles.read leaves it out of the text). */
	private static byte[] withByteOrderMarkOf(Path file, byte[] content) throws IOException {
		byte[] head = new byte[3];
		try (var in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, 3) < 3 || !java.util.Arrays.equals(head, BYTE_ORDER_MARK)) {
				return content;
			}
		}
		byte[] marked = new byte[content.length + 3];
		System.arraycopy(BYTE_ORDER_MARK, 0, marked, 0, 3);
		System.arraycopy(content, 0, marked, 3, content.length);
		return marked;
	}
}
