package carepath.cli;

import java.nio.file.Path;

/** Output files stay inside the folder the user chose, whatever the names in the models say. */
final class OutputPaths {
	private OutputPaths() {
	}

	static Path inside(Path folder, String name) {
		Path base = folder.toAbsolutePath().normalize();
		Path target = base.resolve(name).normalize();
		if (!target.startsWith(base) || target.equals(base) || name.contains("/") || name.contains("\\")) {
			throw new IllegalArgumentException("refusing to write '" + name + "' outside " + folder);
		}
		return target;
	}
}
