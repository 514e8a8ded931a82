package carepath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a command writes its files into (made if missing): every file stays inside it and is
 * listed on standard output as it is written; {@link #finish()} says how many on standard error.
 */
final class OutputFolder {
	private final Path folder;
	private final PrintWriter out;
	private final PrintWriter err;
	private int written;

	OutputFolder(Path folder, PrintWriter out, PrintWriter err) throws IOException {
		this.folder = folder;
		this.out = out;
		this.err = err;
		Files.createDirectories(folder);
	}

	/** Writes one file; a name that would leave the folder is refused (IllegalArgumentException). */
	void write(String name, byte[] content) throws IOException {
		Path path = OutputPaths.inside(folder, name);
		Files.write(path, content);
		out.println(path);
		written++;
	}

	void finish() {
		err.printf("%d %s written to %s.%n", written, written == 1 ? "file" : "files", folder);
	}
}
