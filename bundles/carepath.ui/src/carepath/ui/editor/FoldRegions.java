package carepath.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.Position;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The parts of a text that fold: every element written over more than one line (a journey,
 * stage, step, ecosystem, service...) and every block comment of more than one line. Each
 * region runs from the start of its first line to the end of its last, line end included, so
 * a folded element shows as its first line.
 */
final class FoldRegions {
	private FoldRegions() {
	}

	static List<Position> of(XtextResource resource, String text) {
		Set<Position> regions = new LinkedHashSet<>();
		if (resource.getParseResult() == null) {
			return List.of();
		}
		for (Iterator<EObject> elements = resource.getAllContents(); elements.hasNext();) {
			EObject element = elements.next();
			ICompositeNode node = element.eContainer() == null ? null : NodeModelUtils.findActualNodeFor(element);
			if (node != null) { // the file itself does not fold
				add(regions, text, node.getOffset(), node.getEndOffset());
			}
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && "ML_COMMENT".equals(terminalName(leaf.getGrammarElement()))) {
				add(regions, text, leaf.getOffset(), leaf.getEndOffset());
			}
		}
		List<Position> sorted = new ArrayList<>(regions);
		sorted.sort((a, b) -> a.getOffset() != b.getOffset() ? Integer.compare(a.getOffset(), b.getOffset())
				: Integer.compare(b.getLength(), a.getLength()));
		return sorted;
	}

	/** The name of the terminal rule a hidden token was read by (its grammar element is the rule or a call of it). */
	private static String terminalName(EObject grammar) {
		if (grammar instanceof RuleCall call) {
			return call.getRule().getName();
		}
		return grammar instanceof AbstractRule rule ? rule.getName() : null;
	}

	/** The whole lines from {@code start} to {@code end}, if they are more than one. */
	private static void add(Set<Position> regions, String text, int start, int end) {
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lastBreak = text.indexOf('\n', Math.max(start, end - 1));
		if (text.lastIndexOf('\n', end - 1) < start) {
			return; // one line: nothing to fold
		}
		int lineEnd = lastBreak < 0 ? text.length() : lastBreak + 1;
		regions.add(new Position(lineStart, lineEnd - lineStart));
	}
}
