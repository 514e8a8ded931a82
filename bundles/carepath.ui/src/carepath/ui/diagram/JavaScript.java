package carepath.ui.diagram;

/** Java text as a JavaScript string literal, safe to splice into a script for the browser. */
final class JavaScript {
	private JavaScript() {
	}

	static String string(String text) {
		StringBuilder literal = new StringBuilder(text.length() + 16).append('"');
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			switch (c) {
			case '"' -> literal.append("\\\"");
			case '\\' -> literal.append("\\\\");
			case '\n' -> literal.append("\\n");
			case '\r' -> literal.append("\\r");
			case '<' -> literal.append("\\u003c"); // no "</script>" can end the script early
			case '\u2028' -> literal.append("\\u2028");
			case '\u2029' -> literal.append("\\u2029");
			default -> literal.append(c);
			}
		}
		return literal.append('"').toString();
	}
}
