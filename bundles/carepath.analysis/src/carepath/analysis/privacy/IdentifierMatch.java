package carepath.analysis.privacy;

import java.util.Objects;

/**
 * One piece of text that looks like a personal identifier: {@code text} is
 * {@code original.substring(start, end)}.
 */
public record IdentifierMatch(IdentifierKind kind, int start, int end, String text) {

	public IdentifierMatch {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
		if (start < 0 || end <= start || end - start != text.length()) {
			throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
		}
	}

	static IdentifierMatch of(IdentifierKind kind, String source, int start, int end) {
		return new IdentifierMatch(kind, start, end, source.substring(start, end));
	}
}
