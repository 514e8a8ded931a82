package carepath.ui.quickfix;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where a new line goes: after an element, or inside an element's braces. The elements and their
 * braces are found in the node model; the text is read only for the indentation of their lines.
 */
final class Insertions {
	private Insertions() {
	}

	/** A new line after an element, at the element's indentation (or beside it, when it shares its line). */
	static Optional<Replacement> after(String text, EObject element, String line) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return Optional.empty();
		}
		int end = node.getEndOffset();
		if (startsLine(text, node.getOffset())) {
			return Optional.of(Replacement.insert(end, lineBreak(text) + indentation(text, node.getOffset()) + line));
		}
		return Optional.of(Replacement.insert(end, " " + line));
	}

	/** A new line before an element, on a line of its own at the element's indentation. */
	static Optional<Replacement> before(String text, EObject element, String line) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return Optional.empty();
		}
		int start = node.getOffset();
		if (startsLine(text, start)) {
			return Optional.of(Replacement.insert(lineStart(text, start), indentation(text, start) + line + lineBreak(text)));
		}
		return Optional.of(Replacement.insert(start, line + " "));
	}

	/**
	 * A new line inside an element's braces, after what is there; the braces are added when the
	 * element has none. Nothing when its braces are not closed (the text does not parse there).
	 */
	static Optional<Replacement> intoBlock(String text, EObject element, String line) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return Optional.empty();
		}
		ILeafNode open = null;
		ILeafNode close = null;
		ILeafNode firstInside = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (open != null && close == null && firstInside == null && !leaf.isHidden() && leaf.getOffset() > open.getOffset()
					&& !(leaf.getGrammarElement() instanceof Keyword keyword && "}".equals(keyword.getValue())
							&& NodeModelUtils.findActualSemanticObjectFor(leaf) == element)) {
				firstInside = leaf;
			}
			if (leaf.getGrammarElement() instanceof Keyword keyword
					&& NodeModelUtils.findActualSemanticObjectFor(leaf) == element) {
				if (open == null && "{".equals(keyword.getValue())) {
					open = leaf;
				} else if (open != null && "}".equals(keyword.getValue())) {
					close = leaf;
				}
			}
		}
		if (open == null) {
			return Optional.of(Replacement.insert(node.getEndOffset(), " { " + line + " }"));
		}
		if (close == null) {
			return Optional.empty();
		}
		int closing = close.getOffset();
		if (startsLine(text, closing) && lineStart(text, closing) > open.getOffset()) {
			String indentation;
			if (firstInside != null && firstInside.getOffset() < closing && startsLine(text, firstInside.getOffset())) {
				indentation = indentation(text, firstInside.getOffset()); // as the lines already inside
			} else {
				indentation = indentation(text, open.getOffset());
				indentation += indentation.indexOf('\t') >= 0 ? "\t" : "  ";
			}
			return Optional.of(Replacement.insert(lineStart(text, closing), indentation + line + lineBreak(text)));
		}
		boolean spaced = closing > 0 && Character.isWhitespace(text.charAt(closing - 1));
		return Optional.of(Replacement.insert(closing, (spaced ? "" : " ") + line + " "));
	}

	/** Whether only blanks come before this offset on its line. */
	static boolean startsLine(String text, int offset) {
		return text.substring(lineStart(text, offset), offset).isBlank();
	}

	static int lineStart(String text, int offset) {
		int start = offset;
		while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
			start--;
		}
		return start;
	}

	/** The blanks that start the line of this offset. */
	static String indentation(String text, int offset) {
		int start = lineStart(text, offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	/** The file's own line ending. */
	static String lineBreak(String text) {
		return text.contains("\r\n") ? "\r\n" : "\n";
	}
}
