package carepath.testing;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.diagram.SourceLocator;
import carepath.diagram.SourceRange;

/** Where elements are written, from the parser's node model, as the command line finds them. */
public final class ParsedSources implements SourceLocator {
	public static final SourceLocator INSTANCE = new ParsedSources();

	private ParsedSources() {
	}

	@Override
	public SourceRange locate(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? SourceRange.UNKNOWN : new SourceRange(node.getOffset(), node.getLength(), node.getStartLine());
	}
}
