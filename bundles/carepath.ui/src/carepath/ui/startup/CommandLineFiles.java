package carepath.ui.startup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code .journey} files named on the command line ({@code ./carepath studio WORKSPACE FILE...}).
 * Options the launcher passes on start with '-' and are not files; relative names are taken from
 * the directory Studio was started in.
 */
public final class CommandLineFiles {
	private static final String EXTENSION = ".journey";

	private CommandLineFiles() {
	}

	public static List<Path> in(String[] arguments, Path workingDirectory) {
		return Arrays.stream(arguments)
				.filter(argument -> !argument.startsWith("-"))
				.filter(argument -> argument.toLowerCase(Locale.ROOT).endsWith(EXTENSION))
				.map(argument -> workingDirectory.resolve(argument).toAbsolutePath().normalize())
				.distinct()
				.toList();
	}
}
