package carepath.testing;

/** Edits of model texts for tests that must not silently do nothing. */
public final class TextEdits {
	private TextEdits() {
	}

	/** The text with {@code old} replaced by {@code replacement}; fails unless {@code old} occurs exactly once. */
	public static String replacedOnce(String text, String old, String replacement) {
		int at = text.indexOf(old);
		if (at < 0 || text.indexOf(old, at + 1) >= 0) {
			throw new AssertionError((at < 0 ? "not found" : "found more than once") + ": " + old);
		}
		return text.substring(0, at) + replacement + text.substring(at + old.length());
	}
}
