package carepath.diagram.svg;

/** Text for XML and HTML: markup characters escaped, and characters XML 1.0 forbids left out. */
public final class Markup {
	private Markup() {
	}

	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> {
				if (c >= 0x20 || c == '\n' || c == '\t') {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}
}
