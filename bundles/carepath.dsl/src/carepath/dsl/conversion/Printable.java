package carepath.dsl.conversion;

import carepath.analysis.CodePoints;

/**
 * Text for a terminal or a log: every control character, noncharacter and lone surrogate written
 * as \\u followed by its hex code, so that text from a model can neither move the cursor, colour
 * the terminal, nor start a line that looks like another tool's message.
 */
public final class Printable {
	private Printable() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder printable = null;
		for (int index = 0; index < text.length();) {
			int c = text.codePointAt(index);
			int next = index + Character.charCount(c);
			boolean shown = CodePoints.isShown(c);
			if (!shown && printable == null) {
				printable = new StringBuilder(text.length() + 8).append(text, 0, index);
			}
			if (printable != null) {
				if (shown) {
					printable.appendCodePoint(c);
				} else {
					printable.append(String.format("\\u%04X", c));
				}
			}
			index = next;
		}
		return printable == null ? text : printable.toString();
	}

	/** A code point as people look it up: U+001B. */
	public static String codePoint(int c) {
		return String.format("U+%04X", c);
	}
}
