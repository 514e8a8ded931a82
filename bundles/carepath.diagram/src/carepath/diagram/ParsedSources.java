package carepath.diagram;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
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
}
