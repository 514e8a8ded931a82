package carepath.diagram;

import org.eclipse.emf.ecore.EObject;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where elements are written, from the parser's node model: the source locator of the command line,
 * the workbench and the tests, for the traces of every drawing.
 */
public final class ParsedSources implements SourceLocator {
	public static final SourceLocator INSTANCE = new ParsedSources();

	private ParsedSources() {
	}

	@Override
	public SourceRange locate(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? SourceRange.UNKNOWN : new SourceRange(node.getOffset(), node.getLength(), node.getStartLine());
	}

	/** As the validator places an issue on a feature: the node of the value at the index, else its first, else the element's. */
	@Override
	public int[] lineAndColumn(EObject element, EStructuralFeature feature, int index) {
		INode node = null;
		if (feature != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
			if (!nodes.isEmpty()) {
				node = index >= 0 && index < nodes.size() ? nodes.get(index) : nodes.get(0);
			}
		}
		if (node == null) {
			node = NodeModelUtils.findActualNodeFor(element);
		}
		if (node == null) {
			return null;
		}
		LineAndColumn place = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return new int[] { place.getLine(), place.getColumn() };
	}
}
