package carepath.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.text.Position;

/**
 * What should fold, read straight from the characters of a text, without the parser: the lines
 * of each `{ }` pair and of each block comment that spans more than one line (braces and
 * comment marks inside strings and comments do not count). The tests hold the parse-based fold
 * regions against it; it assumes, as the examples do, that a block's `{` is on its element's
 * first line.
 */
final class TextBlocks {
	/** A region as the numbers of its first and last line, from 0. */
	record Lines(int first, int last) implements Comparable<Lines> {
		@Override
		public int compareTo(Lines other) {
			return first != other.first ? Integer.compare(first, other.first) : Integer.compare(other.last, last);
		}

		@Override
		public String toString() {
			return (first + 1) + "-" + (last + 1);
		}
	}

	private TextBlocks() {
	}

	static Set<Lines> multiLine(String text) {
		Set<Lines> blocks = new TreeSet<>();
		Deque<Integer> open = new ArrayDeque<>();
		int line = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			} else if (c == '"') {
				i = endOfString(text, i);
			} else if (text.startsWith("//", i)) {
				i = text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i) - 1;
			} else if (text.startsWith("/*", i)) {
				int end = text.indexOf("*/", i + 2);
				end = end < 0 ? text.length() : end + 2;
				int last = line + (int) text.substring(i, end).chars().filter(ch -> ch == '\n').count();
				addIfSeveral(blocks, line, last);
				line = last;
				i = end - 1;
			} else if (c == '{') {
				open.push(line);
			} else if (c == '}' && !open.isEmpty()) {
				addIfSeveral(blocks, open.pop(), line);
			}
		}
		return blocks;
	}

	/** The lines a fold region covers (its last character is the last line's line break). */
	static Lines linesOf(String text, Position region) {
		return new Lines(lineOf(text, region.getOffset()), lineOf(text, region.getOffset() + region.getLength() - 1));
	}

	private static int lineOf(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count();
	}

	private static int endOfString(String text, int quote) {
		for (int i = quote + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '"' || c == '\n') {
				return c == '"' ? i : i - 1;
			}
		}
		return text.length();
	}

	private static void addIfSeveral(Set<Lines> blocks, int first, int last) {
		if (last > first) {
			blocks.add(new Lines(first, last));
		}
	}
}
