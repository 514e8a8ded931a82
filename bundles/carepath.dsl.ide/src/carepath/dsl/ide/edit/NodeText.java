package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Edits computed from the node model's text regions, where Xtext's change serializer misbehaves:
 * adding or removing an element of a block made it serialize the whole block again, which laid
 * out untouched lines anew and pulled a comment after the block onto its closing line
 * (eclipse-xtext/xtext#2487, #2550). Here an element's own lines go or come, and nothing else.
 */
final class NodeText {
	private NodeText() {
	}

	/**
	 * Removes the element's text: its whole lines, with a comment on its last line, when nothing
	 * else stands on them; else its text and the spaces after it.
	 */
	static TextEdit removal(URI file, String text, EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		int start = node.getOffset();
		int end = node.getEndOffset();
		TextEdit lines = wholeLines(file, text, start, end, true);
		if (lines != null) {
			return lines;
		}
		int spaces = end;
		while (spaces < text.length() && (text.charAt(spaces) == ' ' || text.charAt(spaces) == '\t')) {
			spaces++;
		}
		return new TextEdit(file, start, spaces - start, "");
	}

	/**
	 * Takes one value of a feature out of an element that stays: with the keywords that introduce
	 * it (`at cafe`, `if declined -> cafe`, `in clinical`, a title), its whole line when nothing
	 * else stands on it; from a list (`meets a, b`), the name and one comma. {@code value} tells
	 * which one of a list; a single value needs none.
	 */
	static TextEdit valueRemoval(URI file, String text, EObject owner, EStructuralFeature feature, Object value) {
		List<INode> items = NodeModelUtils.findNodesForFeature(owner, feature);
		int index = feature.isMany() ? ((List<?>) owner.eGet(feature, false)).indexOf(value) : 0;
		INode item = items.get(index);
		List<ILeafNode> leaves = tokens(owner);
		int first = tokenAt(leaves, item);
		int last = first;
		while (last + 1 < leaves.size() && leaves.get(last + 1).getOffset() < item.getEndOffset()) {
			last++;
		}
		int start;
		int end = item.getEndOffset();
		if (items.size() > 1 && index > 0) {
			start = leaves.get(first - 1).getOffset(); // the comma before
		} else if (items.size() > 1) {
			start = item.getOffset();
			end = leaves.get(last + 1).getEndOffset(); // the comma after
			while (end < text.length() && text.charAt(end) == ' ') {
				end++;
			}
			return new TextEdit(file, start, end - start, "");
		} else {
			start = leaves.get(introduction(leaves, first, item)).getOffset();
		}
		return wordsRemoval(file, text, start, end);
	}

	/**
	 * Removes the words from {@code start} to {@code end}: their whole lines when nothing else
	 * stands on them, else the words and the spaces before them.
	 */
	static TextEdit wordsRemoval(URI file, String text, int start, int end) {
		TextEdit lines = wholeLines(file, text, start, end, false);
		if (lines != null) {
			return lines;
		}
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		if (text.substring(lineStart, start).isBlank()) { // first on its line: the indent stays for what follows (a comment)
			while (end < text.length() && text.charAt(end) == ' ') {
				end++;
			}
			return new TextEdit(file, start, end - start, "");
		}
		while (start > lineStart && text.charAt(start - 1) == ' ') {
			start--; // `{ at cafe }` becomes `{ }`
		}
		return new TextEdit(file, start, end - start, "");
	}

	/** Where the keyword written just before a value starts (`good` in `good "..."`, one keyword per value). */
	static int keywordBefore(EObject owner, INode value) {
		List<ILeafNode> leaves = tokens(owner);
		return leaves.get(tokenAt(leaves, value) - 1).getOffset();
	}

	/**
	 * A value as the line writes it, with the words that introduce it: `at cafe`, `if declined ->
	 * cafe`, `meets housing` (also for the second name of a list), for messages that point to it.
	 */
	static Written writtenAs(EObject owner, EStructuralFeature feature, Object value) {
		List<INode> items = NodeModelUtils.findNodesForFeature(owner, feature);
		INode item = items.get(feature.isMany() ? ((List<?>) owner.eGet(feature, false)).indexOf(value) : 0);
		List<ILeafNode> leaves = tokens(owner);
		int first = tokenAt(leaves, items.get(0));
		StringBuilder words = new StringBuilder();
		for (int index = introduction(leaves, first, items.get(0)); index < first; index++) {
			words.append(leaves.get(index).getText()).append(' ');
		}
		return new Written(words + NodeModelUtils.getTokenText(item), item.getStartLine());
	}

	/** A value's words as written, and the line it stands on. */
	record Written(String text, int line) {
	}

	/** The word the element's line starts its name with, as written: `step` in `decision step a`. */
	static String kindWord(EObject named, EStructuralFeature name) {
		List<ILeafNode> leaves = tokens(named);
		int at = tokenAt(leaves, NodeModelUtils.findNodesForFeature(named, name).get(0));
		return at > 0 ? leaves.get(at - 1).getText() : "";
	}

	/** The element's tokens, without white space and comments. */
	private static List<ILeafNode> tokens(EObject element) {
		List<ILeafNode> tokens = new ArrayList<>();
		for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(element).getLeafNodes()) {
			if (!leaf.isHidden()) {
				tokens.add(leaf);
			}
		}
		return tokens;
	}

	private static int tokenAt(List<ILeafNode> tokens, INode node) {
		int index = 0;
		while (tokens.get(index).getOffset() < node.getOffset()) {
			index++;
		}
		return index;
	}

	/**
	 * The first of the keywords that introduce the value whose first token is at {@code first} (`if
	 * declined ->`): those of its own group, not a neighbour's (`joint supported` keeps `joint`).
	 */
	private static int introduction(List<ILeafNode> tokens, int first, INode value) {
		EObject group = GrammarUtil.containingAssignment(value.getGrammarElement()).eContainer();
		int from = first;
		while (from > 0 && tokens.get(from - 1).getGrammarElement() instanceof Keyword keyword && group instanceof Group
				&& keyword.eContainer() == group
				&& !",".equals(keyword.getValue())) {
			from--;
		}
		return from;
	}

	/**
	 * Removes the lines from {@code start} to {@code end} with their line break, when nothing else
	 * stands on them (a comment after {@code end} goes too where {@code withComment}); else null.
	 */
	static TextEdit wholeLines(URI file, String text, int start, int end, boolean withComment) {
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = end;
		while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
			lineEnd++;
		}
		String after = text.substring(end, lineEnd).strip();
		if (!text.substring(lineStart, start).isBlank() || !(after.isEmpty() || withComment && after.startsWith("//"))) {
			return null;
		}
		int through = text.startsWith("\r\n", lineEnd) ? lineEnd + 2 : lineEnd < text.length() ? lineEnd + 1 : lineEnd;
		return new TextEdit(file, lineStart, through - lineStart, "");
	}

	/**
	 * Inserts a line into a block, as its last line, before the line of the block's closing brace;
	 * null when the block is not written over several lines (the caller falls back to another way).
	 */
	static TextEdit lastLineOfBlock(URI file, String text, EObject block, String line) {
		ILeafNode close = closingBrace(block);
		if (close == null) {
			return null;
		}
		int closeLineStart = text.lastIndexOf('\n', close.getOffset() - 1) + 1;
		String beforeClose = text.substring(closeLineStart, close.getOffset());
		if (!beforeClose.isBlank() || closeLineStart <= NodeModelUtils.findActualNodeFor(block).getOffset()) {
			return null;
		}
		return new TextEdit(file, closeLineStart, 0, beforeClose + "  " + line + lineBreak(text));
	}

	/**
	 * Adds words to the element's block: as its last line when the block spans lines, before its
	 * `}` when it is on one line, or as a new block ` { words }` when it has none.
	 */
	static TextEdit intoBlock(URI file, String text, EObject element, String words) {
		TextEdit line = lastLineOfBlock(file, text, element, words);
		if (line != null) {
			return line;
		}
		ILeafNode close = closingBrace(element);
		return close != null ? new TextEdit(file, close.getOffset(), 0, words + " ")
				: new TextEdit(file, NodeModelUtils.findActualNodeFor(element).getEndOffset(), 0, " { " + words + " }");
	}

	/**
	 * An optional quoted text of an element (a pain point's words, a feeling's quote): replaced,
	 * added after the node {@code after}, or taken away when {@code said} is empty.
	 */
	static List<TextEdit> optionalText(URI file, String text, EObject owner, EStructuralFeature feature, INode after, String said) {
		List<INode> now = NodeModelUtils.findNodesForFeature(owner, feature);
		if (said.isEmpty()) {
			return now.isEmpty() ? List.of() : List.of(valueRemoval(file, text, owner, feature, null));
		}
		return List.of(now.isEmpty() ? new TextEdit(file, after.getEndOffset(), 0, " " + Edits.quoted(said))
				: new TextEdit(file, now.get(0).getOffset(), now.get(0).getLength(), Edits.quoted(said)));
	}

	/** The text's line break: the one it uses, else a newline. */
	static String lineBreak(String text) {
		return text.contains("\r\n") ? "\r\n" : "\n";
	}

	/** The `}` that closes the element's block, or null when it has none. */
	static ILeafNode closingBrace(EObject element) {
		ILeafNode close = null;
		for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(element).getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && "}".equals(keyword.getValue())) {
				close = leaf;
			}
		}
		return close;
	}
}
