package carepath.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file whole or not at all: the content goes to a new temporary file beside the target,
 * which is then renamed over it. A reader never sees a half-written file, a failed run leaves the
 * old file as it was, and a link at the target is replaced, never followed to a file elsewhere.
 * The file gets the permissions a new file gets (the user's umask), or keeps those it had.
 */
final class AtomicWrite {
	private AtomicWrite() {
	}

	static void write(Path target, byte[] content) throws IOException {
		if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileSystemException(target.toString(), null, "is a folder");
		}
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
		try {
			// CREATE_NEW: never an existing file or link; the umask decides the permissions, as for any new file
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				out.write(content);
			}
			keepPermissions(target, temporary);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void keepPermissions(Path target, Path temporary) throws IOException {
		if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
				&& Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
		}
	}
}
