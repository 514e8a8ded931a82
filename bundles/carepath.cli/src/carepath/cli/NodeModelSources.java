package carepath.cli;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.diagram.SourceLocator;
import carepath.diagram.SourceRange;

/** Where elements are written, from the parser's node model, for the diagrams' traces. */
final class NodeModelSources implements SourceLocator {
	@Override
	public SourceRange locate(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? SourceRange.UNKNOWN : new SourceRange(node.getOffset(), node.getLength(), node.getStartLine());
	}
}
