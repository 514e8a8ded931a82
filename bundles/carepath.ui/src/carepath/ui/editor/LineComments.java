package carepath.ui.editor;

/** Adds and removes `//` at the start of lines, after their indentation, keeping the line ends. */
final class LineComments {
	private LineComments() {
	}

	static boolean allCommented(String lines) {
		for (String line : lines.split("\n", -1)) {
			if (!line.isBlank() && !line.stripLeading().startsWith("//")) {
				return false;
			}
		}
		return true;
	}

	static String comment(String lines) {
		StringBuilder out = new StringBuilder();
		for (String line : lines.split("(?<=\n)")) {
			if (line.isBlank()) {
				out.append(line);
			} else {
				int indent = line.length() - line.stripLeading().length();
				out.append(line, 0, indent).append("// ").append(line.substring(indent));
			}
		}
		return out.toString();
	}

	static String uncomment(String lines) {
		StringBuilder out = new StringBuilder();
		for (String line : lines.split("(?<=\n)")) {
			int at = line.indexOf("//");
			if (at >= 0 && line.substring(0, at).isBlank()) {
				int after = at + 2;
				if (after < line.length() && line.charAt(after) == ' ') {
					after++;
				}
				out.append(line, 0, at).append(line.substring(after));
			} else {
				out.append(line);
			}
		}
		return out.toString();
	}
}
