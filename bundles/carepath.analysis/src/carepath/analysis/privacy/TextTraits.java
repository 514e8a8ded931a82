package carepath.analysis.privacy;

/** What one pass over the text tells about it, so that detectors that cannot match are skipped. */
record TextTraits(boolean hasDigit, boolean hasAt) {

	static TextTraits of(String text) {
		boolean digit = false;
		boolean at = false;
		for (int i = 0, n = text.length(); i < n && !(digit && at); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digit = true;
			} else if (c == '@') {
				at = true;
			}
		}
		return new TextTraits(digit, at);
	}
}
