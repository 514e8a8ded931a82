package carepath.ui.quickfix;

/** One change to the text: {@code length} characters at {@code offset} become {@code text}. */
public record Replacement(int offset, int length, String text) {

	public Replacement {
		if (offset < 0 || length < 0 || text == null) {
			throw new IllegalArgumentException("a replacement needs an offset, a length and a text");
		}
	}

	public static Replacement insert(int offset, String text) {
		return new Replacement(offset, 0, text);
	}
}
