package carepath.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: the content goes to a new temporary file beside the target,
 * which is then renamed over it. A reader never sees a half-written file, a failed run leaves the
 * old file as it was, and a link at the target is replaced, never followed to a file elsewhere.
 */
final class AtomicWrite {
	private AtomicWrite() {
	}

	static void write(Path target, byte[] content) throws IOException {
		if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileSystemException(target.toString(), null, "is a folder");
		}
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
		try {
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
