package carepath.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.Position;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The parts of a text that fold: every element written as a block {@code { ... }} over more than
 * one line (a journey, stage, step, ecosystem, service, persona...) and every block comment of
 * more than one line, read from the parse. Each region runs from the start of its first line to
 * the end of its last, line break included, so a folded element shows as its first line.
 */
final class FoldRegions {
	private FoldRegions() {
	}

	/** The regions of a parsed text, by offset, an enclosing region before those inside it. */
	static List<Position> of(XtextResource resource, String text) {
		if (resource.getParseResult() == null) {
			return List.of();
		}
		Set<Position> regions = new LinkedHashSet<>(); // two elements on the same lines fold once
		for (Iterator<EObject> elements = resource.getAllContents(); elements.hasNext();) {
			EObject element = elements.next();
			ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
			if (node != null && hasOwnBlock(node, element)) {
				addLines(regions, text, node.getOffset(), node.getEndOffset());
			}
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && "ML_COMMENT".equals(terminalName(leaf.getGrammarElement()))) {
				addLines(regions, text, leaf.getOffset(), leaf.getEndOffset());
			}
		}
		List<Position> sorted = new ArrayList<>(regions);
		sorted.sort(Comparator.comparingInt(Position::getOffset)
				.thenComparing(Position::getLength, Comparator.reverseOrder()));
		return sorted;
	}

	/**
	 * Whether the element itself is written with a `{`, not only elements inside it. Its node may
	 * wrap the one of its own rule (a journey is read as a top-level element), so the search goes
	 * down through every node of the same element.
	 */
	private static boolean hasOwnBlock(ICompositeNode node, EObject element) {
		for (INode child : node.getChildren()) {
			if (child instanceof ICompositeNode inner) {
				if (inner.getSemanticElement() == element && hasOwnBlock(inner, element)) {
					return true;
				}
			} else if (child.getGrammarElement() instanceof Keyword keyword && "{".equals(keyword.getValue())) {
				return true;
			}
		}
		return false;
	}

	/** The name of the terminal rule a hidden token was read by (its grammar element is the rule or a call of it). */
	private static String terminalName(EObject grammar) {
		if (grammar instanceof RuleCall call) {
			return call.getRule().getName();
		}
		return grammar instanceof AbstractRule rule ? rule.getName() : null;
	}

	private static void addLines(Set<Position> regions, String text, int start, int end) {
		Position lines = wholeLines(text, start, end);
		if (lines != null) {
			regions.add(lines);
		}
	}

	/**
	 * The whole lines that the text from {@code start} to {@code end} is on, the last one's line
	 * break included; null when that is one line only, as there is nothing to fold.
	 */
	static Position wholeLines(String text, int start, int end) {
		int firstLineStart = lastBreakBefore(text, start - 1) + 1;
		if (lastBreakBefore(text, end - 1) < start) {
			return null;
		}
		int lastLineEnd = end;
		while (lastLineEnd < text.length() && text.charAt(lastLineEnd) != '\n' && text.charAt(lastLineEnd) != '\r') {
			lastLineEnd++;
		}
		if (text.startsWith("\r\n", lastLineEnd)) {
			lastLineEnd += 2;
		} else if (lastLineEnd < text.length()) {
			lastLineEnd++;
		}
		return new Position(firstLineStart, lastLineEnd - firstLineStart);
	}

	/** Where the last '\n' or '\r' at or before {@code offset} is; -1 when there is none. */
	private static int lastBreakBefore(String text, int offset) {
		for (int i = Math.min(offset, text.length() - 1); i >= 0; i--) {
			if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
				return i;
			}
		}
		return -1;
	}
}
