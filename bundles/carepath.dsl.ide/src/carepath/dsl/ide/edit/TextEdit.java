package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * One replacement in one file's text: {@code length} characters from {@code offset} become
 * {@code text}. Offsets count UTF-16 chars of the text the edit was computed on, as documents do.
 */
public record TextEdit(URI file, int offset, int length, String text) {

	/** The text with these edits of its file applied; they may come in any order but must not overlap. */
	public static String apply(String original, List<TextEdit> edits) {
		List<TextEdit> fromTheEnd = new ArrayList<>(edits);
		fromTheEnd.sort(Comparator.comparingInt(TextEdit::offset).reversed());
		StringBuilder text = new StringBuilder(original);
		int limit = original.length();
		for (TextEdit edit : fromTheEnd) {
			if (edit.offset() < 0 || edit.offset() + edit.length() > limit) {
				throw new IllegalArgumentException("edits overlap or leave the text: " + edit);
			}
			text.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
			limit = edit.offset();
		}
		return text.toString();
	}
}
