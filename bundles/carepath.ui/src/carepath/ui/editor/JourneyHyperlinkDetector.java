package carepath.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import carepath.ui.JourneyServices;

/** Go to definition: a name that refers to an element links to where that element is written. */
final class JourneyHyperlinkDetector implements IHyperlinkDetector {
	private final CurrentResource current;
	private final DefinitionOpener opener;

	JourneyHyperlinkDetector(CurrentResource current, DefinitionOpener opener) {
		this.current = current;
		this.opener = opener;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		XtextResource resource = current.resource();
		if (resource == null) {
			return null;
		}
		EObjectAtOffsetHelper helper = JourneyServices.injector().getInstance(EObjectAtOffsetHelper.class);
		INode node = helper.getCrossReferenceNode(resource, new TextRegion(region.getOffset(), 0));
		if (node == null) {
			return null;
		}
		EObject target = helper.getCrossReferencedElement(node);
		if (target == null || target.eIsProxy()) {
			return null;
		}
		Region link = new Region(node.getOffset(), node.getLength());
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return link;
			}

			@Override
			public String getTypeLabel() {
				return null;
			}

			@Override
			public String getHyperlinkText() {
				return "Go to " + target.eClass().getName().toLowerCase() + " " + node.getText().strip();
			}

			@Override
			public void open() {
				opener.open(target);
			}
		} };
	}
}
