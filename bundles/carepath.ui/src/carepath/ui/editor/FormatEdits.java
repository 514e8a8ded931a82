package carepath.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes the formatter's edits as small as they can be, so that formatting moves the caret, the
 * markers and the folds no more than the text does: an edit of the whitespace between two lines
 * is cut into the end of the first line, the line breaks and the indentation of the second, and
 * each piece keeps only what it really changes. Pieces that change nothing go.
 */
final class FormatEdits {
	/** Replaces {@code length} characters at {@code offset} with {@code text}. */
	record Edit(int offset, int length, String text) {
		int end() {
			return offset + length;
		}
	}

	private FormatEdits() {
	}

	/**
	 * The smallest edits that do what {@code edits} do to {@code original}, keeping only those
	 * that lie wholly between {@code from} and {@code to}; in the order of the text, none
	 * overlapping.
	 */
	static List<Edit> within(String original, List<Edit> edits, int from, int to) {
		List<Edit> kept = new ArrayList<>();
		for (Edit edit : edits) {
			for (Edit piece : pieces(original.substring(edit.offset(), edit.end()), edit)) {
				Edit small = trimmed(original, piece);
				if (small != null && from <= small.offset() && small.end() <= to) {
					kept.add(small);
				}
			}
		}
		kept.sort(Comparator.comparingInt(Edit::offset));
		return kept;
	}

	/**
	 * A change of the whitespace that runs over line breaks, cut at the breaks: what ends the
	 * first line, the breaks (and blank lines), what starts the last. A formatter that only
	 * re-indents a line then changes only that line.
	 */
	private static List<Edit> pieces(String old, Edit edit) {
		String text = edit.text();
		if (!old.isBlank() || !text.isBlank() || firstBreak(old) < 0 || firstBreak(text) < 0) {
			return List.of(edit);
		}
		int oldHead = firstBreak(old);
		int oldTail = lastBreak(old) + 1;
		int newHead = firstBreak(text);
		int newTail = lastBreak(text) + 1;
		int at = edit.offset();
		return List.of(new Edit(at, oldHead, text.substring(0, newHead)),
				new Edit(at + oldHead, oldTail - oldHead, text.substring(newHead, newTail)),
				new Edit(at + oldTail, old.length() - oldTail, text.substring(newTail)));
	}

	/** The edit without what it keeps at its start and end; null when it changes nothing. */
	private static Edit trimmed(String original, Edit edit) {
		String old = original.substring(edit.offset(), edit.end());
		String text = edit.text();
		int same = 0;
		while (same < old.length() && same < text.length() && old.charAt(same) == text.charAt(same)) {
			same++;
		}
		int sameEnd = 0;
		while (sameEnd < old.length() - same && sameEnd < text.length() - same
				&& old.charAt(old.length() - 1 - sameEnd) == text.charAt(text.length() - 1 - sameEnd)) {
			sameEnd++;
		}
		if (same + sameEnd == old.length() && same + sameEnd == text.length()) {
			return null;
		}
		return new Edit(edit.offset() + same, old.length() - same - sameEnd,
				text.substring(same, text.length() - sameEnd));
	}

	private static int firstBreak(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isBreak(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int lastBreak(String text) {
		for (int i = text.length() - 1; i >= 0; i--) {
			if (isBreak(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isBreak(char c) {
		return c == '\n' || c == '\r';
	}
}
