package carepath.ui.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets values in the text of a `carepath.properties` file the way a person would edit it: a key
 * already written gets its new value in place, keeping the spacing and the comment after it;
 * other keys are added at the end. Every other line (comments, blank lines, lines that cannot be
 * used) stays as it was written. Lines are read as {@code carepath.analysis.SettingsFile} reads them.
 */
public final class SettingsText {
	static final String HEADER = """
			# Check settings of this project, read by `carepath check` and by Carepath Studio.
			# A check's code = error, warning, info or off; thresholds such as wait-limit = 6 weeks.
			""";

	private SettingsText() {
	}

	/** {@code text} with each key of {@code values} set to its value. */
	public static String withValues(String text, Map<String, String> values) {
		String newline = text.contains("\r\n") ? "\r\n" : "\n";
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n|\r", -1)));
		Map<String, String> missing = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			// The last line for a key is the one that counts when the file is read.
			int index = lastLineOf(lines, key);
			if (index < 0) {
				missing.put(key, value);
			} else {
				lines.set(index, withValue(lines.get(index), value));
			}
		});
		StringBuilder result = new StringBuilder(String.join(newline, lines));
		if (!missing.isEmpty()) {
			if (text.isEmpty()) {
				result.setLength(0);
				result.append(HEADER.replace("\n", newline));
			} else if (!text.endsWith("\n") && !text.endsWith("\r")) {
				result.append(newline);
			}
			missing.forEach((key, value) -> result.append(key).append(" = ").append(value).append(newline));
		}
		return result.toString();
	}

	private static int lastLineOf(List<String> lines, String key) {
		for (int index = lines.size() - 1; index >= 0; index--) {
			String line = lines.get(index);
			int separator = separator(line);
			if (separator >= 0 && !isComment(line) && line.substring(0, separator).strip().equals(key)) {
				return index;
			}
		}
		return -1;
	}

	/** The line with its value replaced; what comes before the value and the comment after it are kept. */
	private static String withValue(String line, String value) {
		int separator = separator(line);
		int start = separator + 1;
		while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
			start++;
		}
		int comment = line.indexOf('#', start);
		int end = comment < 0 ? line.length() : comment;
		while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
			end--;
		}
		// A key written without a value (`key =`) gets spaces around its new value; others keep their style.
		boolean noValue = end == start;
		String before = line.substring(0, start);
		if (noValue && start == separator + 1) {
			before += " ";
		}
		String after = line.substring(end);
		if (noValue && !after.isEmpty() && !Character.isWhitespace(after.charAt(0))) {
			after = " " + after;
		}
		return before + value + after;
	}

	private static boolean isComment(String line) {
		String trimmed = line.strip();
		return trimmed.startsWith("#") || trimmed.startsWith("!");
	}

	/** As the settings file reads it: the first `=` or `:`. */
	private static int separator(String line) {
		int equals = line.indexOf('=');
		int colon = line.indexOf(':');
		if (equals < 0) {
			return colon;
		}
		return colon < 0 ? equals : Math.min(equals, colon);
	}
}
