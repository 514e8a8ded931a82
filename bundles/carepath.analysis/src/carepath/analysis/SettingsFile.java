package carepath.analysis;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The project's check settings, `carepath.properties`: one `key = value` per line, `#` starts a
 * comment. A key is a check's code (value: error, warning, info or off) or a threshold
 * (`wait-limit = 6 weeks`). The command line and the workbench both read this one file.
 */
public final class SettingsFile {
	public static final String NAME = "carepath.properties";
	private static final long MAX_BYTES = 1 << 20;

	/** A line of the settings file that could not be used, located for the person who wrote it. */
	public record Problem(int line, int column, String message) {
	}

	/** The settings read, with the problems of the lines that were skipped. */
	public record Read(CheckSettings settings, List<Problem> problems) {
	}

	private SettingsFile() {
	}

	/** The settings file in {@code start} (a folder, or a file's folder) or the nearest folder above it. */
	public static Optional<Path> find(Path start) {
		Path folder = Files.isDirectory(start) ? start : start.toAbsolutePath().getParent();
		for (Path at = folder == null ? null : folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
			Path candidate = at.resolve(NAME);
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	public static Read read(Path file) throws IOException {
		if (Files.size(file) > MAX_BYTES) {
			return new Read(CheckSettings.DEFAULTS, List.of(new Problem(1, 1, "the settings file is larger than 1 MB; it was ignored")));
		}
		try {
			return parse(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString());
		} catch (CharacterCodingException e) {
			return new Read(CheckSettings.DEFAULTS, List.of(new Problem(1, 1, "the settings file is not UTF-8 text; it was ignored")));
		}
	}

	public static Read parse(String text) {
		CheckSettings settings = CheckSettings.DEFAULTS;
		List<Problem> problems = new ArrayList<>();
		String[] lines = text.split("\r?\n|\r", -1);
		for (int index = 0; index < lines.length; index++) {
			String line = lines[index];
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
				continue;
			}
			int lineNumber = index + 1;
			int separator = indexOfSeparator(line);
			if (separator < 0) {
				problems.add(new Problem(lineNumber, column(line), "expected 'key = value', e.g. 'wait-limit = 6 weeks'"));
				continue;
			}
			String key = line.substring(0, separator).strip();
			String value = stripComment(line.substring(separator + 1)).strip();
			int valueColumn = separator + 2 + leadingSpaces(line.substring(separator + 1));
			Threshold threshold = Threshold.byKey(key);
			WorkshopRule rule = WorkshopChecks.rule(key);
			if (threshold != null) {
				OptionalLong parsed = threshold.parse(value);
				if (parsed.isEmpty()) {
					problems.add(new Problem(lineNumber, valueColumn, String.format("'%s' is not a valid %s: write %s", value, key,
							threshold.isDuration() ? "a number and a unit, e.g. '4 weeks'" : "a whole number, e.g. '3'")));
				} else {
					settings = settings.withThreshold(threshold, parsed.getAsLong());
				}
			} else if (rule != null) {
				Optional<Severity> severity = Severity.parse(value);
				if (severity.isEmpty()) {
					problems.add(new Problem(lineNumber, valueColumn,
							String.format("'%s' is not a severity: write error, warning, info or off", value)));
				} else {
					settings = settings.withSeverity(key, severity.get());
				}
			} else {
				problems.add(new Problem(lineNumber, column(line),
						String.format("'%s' is neither a check nor a threshold (see docs/checks.md for both lists)", key)));
			}
		}
		return new Read(settings, List.copyOf(problems));
	}

	private static int indexOfSeparator(String line) {
		int equals = line.indexOf('=');
		int colon = line.indexOf(':');
		if (equals < 0) {
			return colon;
		}
		return colon < 0 ? equals : Math.min(equals, colon);
	}

	private static String stripComment(String value) {
		int hash = value.indexOf('#');
		return hash < 0 ? value : value.substring(0, hash);
	}

	private static int column(String line) {
		return leadingSpaces(line) + 1;
	}

	private static int leadingSpaces(String text) {
		int count = 0;
		while (count < text.length() && Character.isWhitespace(text.charAt(count))) {
			count++;
		}
		return count;
	}
}
