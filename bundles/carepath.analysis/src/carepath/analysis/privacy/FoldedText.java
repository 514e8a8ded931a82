package carepath.analysis.privacy;

/**
 * Text as the detectors read it: full-width digits as ASCII digits, every kind of space as a
 * space, dashes as a hyphen, and invisible characters (zero-width spaces, joiners, soft hyphens)
 * left out, so that "06\u00A012\u200B34" is read as "06 1234". Each folded character remembers
 * where it stood, so a match is reported on the text as written.
 */
final class FoldedText {
	final String text;
	private final int[] origin;

	private FoldedText(String text, int[] origin) {
		this.text = text;
		this.origin = origin;
	}

	static FoldedText of(String written) {
		StringBuilder folded = new StringBuilder(written.length());
		int[] origin = new int[written.length() + 1];
		for (int index = 0; index < written.length(); index++) {
			char c = written.charAt(index);
			if (isInvisible(c)) {
				continue;
			}
			origin[folded.length()] = index;
			folded.append(fold(c));
		}
		origin[folded.length()] = written.length();
		return new FoldedText(folded.toString(), origin);
	}

	/** The start in the written text of the folded character at {@code index}. */
	int start(int index) {
		return origin[index];
	}

	/** The end in the written text of a span of the folded text ending at {@code end}. */
	int end(int end) {
		return origin[end - 1] + 1;
	}

	private static boolean isInvisible(char c) {
		return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
	}

	private static char fold(char c) {
		if (c >= '\uFF10' && c <= '\uFF19') {
			return (char) ('0' + (c - '\uFF10'));
		}
		if (c == '\u00A0' || c == '\u3000' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F') {
			return ' ';
		}
		if (c >= '\u2010' && c <= '\u2015' || c == '\u2212' || c == '\uFF0D') {
			return '-';
		}
		if (c == '\uFF0E') {
			return '.';
		}
		if (c == '\uFF0B') {
			return '+';
		}
		return c;
	}
}
