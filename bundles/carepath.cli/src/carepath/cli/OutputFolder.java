package carepath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The folder a command writes its files into (made if missing): every file stays inside it, is
 * written whole or not at all ({@link AtomicWrite}) and is listed on standard output as it is
 * written; {@link #finish()} says how many on standard error. No two files of one run share a
 * name, even on a file system that ignores case: a later one gets "-2" after its first part.
 */
final class OutputFolder {
	private final Path folder;
	private final PrintWriter out;
	private final PrintWriter err;
	private final Set<String> taken = new HashSet<>();
	private int written;

	OutputFolder(Path folder, PrintWriter out, PrintWriter err) throws IOException {
		this.folder = folder;
		this.out = out;
		this.err = err;
		Files.createDirectories(folder);
	}

	/**
	 * Writes one file, under this name or, if the run wrote that name already, a free one; a name
	 * that would leave the folder is refused (IllegalArgumentException).
	 */
	void write(String name, byte[] content) throws IOException {
		Path path = OutputPaths.inside(folder, free(name));
		AtomicWrite.write(path, content);
		out.println(path);
		written++;
	}

	private String free(String name) {
		if (taken.add(name.toLowerCase(Locale.ROOT))) {
			return name;
		}
		int dot = name.indexOf('.', 1);
		String first = dot < 0 ? name : name.substring(0, dot);
		String rest = dot < 0 ? "" : name.substring(dot);
		for (int number = 2;; number++) {
			String candidate = first + "-" + number + rest;
			if (taken.add(candidate.toLowerCase(Locale.ROOT))) {
				return candidate;
			}
		}
	}

	void finish() {
		err.printf("%d %s written to %s.%n", written, written == 1 ? "file" : "files", folder);
	}
}
