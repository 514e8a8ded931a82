package carepath.analysis.privacy;

/** Digit helpers shared by the number detectors. */
final class Digits {

	private Digits() {
	}

	/** The ASCII digits of {@code text} in order, separators dropped. */
	static String only(CharSequence text) {
		StringBuilder digits = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		return digits.toString();
	}

	static int at(String digits, int index) {
		return digits.charAt(index) - '0';
	}

	/** The number written by {@code digits[from, to)}. */
	static int value(String digits, int from, int to) {
		return Integer.parseInt(digits, from, to, 10);
	}
}
