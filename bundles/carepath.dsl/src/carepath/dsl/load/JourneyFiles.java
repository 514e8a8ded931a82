package carepath.dsl.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the `.journey` files named by paths, and reads them as strict UTF-8. */
public final class JourneyFiles {
	public static final String EXTENSION = ".journey";

	/** Larger files are refused rather than risking the memory of a workstation. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private JourneyFiles() {
	}

	/** Files as given, and the `.journey` files below folders, sorted per folder, without repeats. */
	public static List<Path> collect(List<Path> paths) throws LoadException {
		Set<Path> files = new LinkedHashSet<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
							.map(Path::normalize).sorted().forEach(files::add);
				} catch (IOException | java.io.UncheckedIOException e) {
					throw new LoadException(path + ": cannot read this folder");
				}
			} else if (Files.isRegularFile(path)) {
				files.add(path.normalize());
			} else if (Files.exists(path)) {
				throw new LoadException(path + ": not a file or folder");
			} else {
				throw new LoadException(path + ": no such file or folder");
			}
		}
		return new ArrayList<>(files);
	}

	/** The file's text, without a byte order mark. */
	public static String read(Path file) throws LoadException {
		byte[] bytes;
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new LoadException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it into several files");
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new LoadException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			throw new LoadException(file + ":" + lineAt(bytes, in.position()) + ": not UTF-8 text; save the file as UTF-8");
		}
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
