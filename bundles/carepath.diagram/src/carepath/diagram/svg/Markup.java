package carepath.diagram.svg;

import carepath.analysis.CodePoints;

/**
 * Text for XML and HTML: markup characters escaped, and every code point decided. Tab and line feed
 * are kept; carriage returns are left out; any other control character, a noncharacter (U+FFFE,
 * U+FFFF, U+FDD0 to U+FDEF and the last two of every plane) and half of a surrogate pair are shown
 * as the replacement character U+FFFD, so the output is always well-formed and nothing hides.
 * Characters beyond the Basic Multilingual Plane (emoji) are kept as they are.
 */
public final class Markup {
	private static final char REPLACEMENT = '\uFFFD';

	private Markup() {
	}

	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int index = 0; index < text.length();) {
			int c = text.codePointAt(index);
			index += Character.charCount(c);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			case '\r' -> {
			}
			default -> {
				if (c == '\n' || c == '\t' || CodePoints.isShown(c)) {
					escaped.appendCodePoint(c);
				} else {
					escaped.append(REPLACEMENT);
				}
			}
			}
		}
		return escaped.toString();
	}
}
