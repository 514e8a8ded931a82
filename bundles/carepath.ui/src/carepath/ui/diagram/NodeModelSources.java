package carepath.ui.diagram;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.diagram.SourceLocator;
import carepath.diagram.SourceRange;

/** Where elements are written in the editor's text, from the parser's node model. */
final class NodeModelSources implements SourceLocator {
	@Override
	public SourceRange locate(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? SourceRange.UNKNOWN : new SourceRange(node.getOffset(), node.getLength(), node.getStartLine());
	}
}
