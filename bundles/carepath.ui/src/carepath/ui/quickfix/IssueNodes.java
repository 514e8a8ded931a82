package carepath.ui.quickfix;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.Issue;

import carepath.ui.JourneyServices;
import carepath.ui.editor.Snapshot;

/** What an issue of a snapshot is about, found in the parsed model and its node model. */
final class IssueNodes {
	private IssueNodes() {
	}

	/** A name written where the model refers to an element, as found at an unresolved-name issue. */
	record UnresolvedName(INode node, String text, EObject owner, EReference reference) {

		/** A plain name, not `ecosystem.service`: only those can be declared by a fix. */
		boolean isPlain() {
			return text.indexOf('.') < 0 && !text.isEmpty();
		}
	}

	/** The element an issue is about, when it is in the snapshot's own text. */
	static <T extends EObject> Optional<T> element(Issue issue, Snapshot snapshot, Class<T> type) {
		URI uri = issue.getUriToProblem();
		XtextResource resource = snapshot.resource();
		if (uri == null || uri.fragment() == null || resource == null
				|| !uri.trimFragment().equals(resource.getURI())) {
			return Optional.empty();
		}
		EObject element = resource.getEObject(uri.fragment());
		return type.isInstance(element) ? Optional.of(type.cast(element)) : Optional.empty();
	}

	/** The reference written where the issue starts, with the text typed there. */
	static Optional<UnresolvedName> unresolvedName(Issue issue, Snapshot snapshot) {
		XtextResource resource = snapshot.resource();
		if (resource == null || resource.getParseResult() == null || issue.getOffset() == null) {
			return Optional.empty();
		}
		EObjectAtOffsetHelper helper = JourneyServices.injector().getInstance(EObjectAtOffsetHelper.class);
		INode node = helper.getCrossReferenceNode(resource, new TextRegion(issue.getOffset(), 0));
		if (node == null || !(node.getGrammarElement() instanceof CrossReference crossReference)) {
			return Optional.empty();
		}
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
		EReference reference = GrammarUtil.getReference(crossReference);
		String text = NodeModelUtils.getTokenText(node);
		if (owner == null || reference == null || text == null) {
			return Optional.empty();
		}
		return Optional.of(new UnresolvedName(node, text.strip(), owner, reference));
	}
}
