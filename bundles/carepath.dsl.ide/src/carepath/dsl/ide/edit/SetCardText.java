package carepath.dsl.ide.edit;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.PainPoint;
import carepath.model.Step;

/**
 * Changes a card's words in place (editing it on the journey map): only the quoted text changes.
 * A pain point may lose its words (`pain waiting` stays); the other cards are their words, so an
 * empty text is refused: delete the card instead.
 */
public final class SetCardText {
	private SetCardText() {
	}

	public static List<TextEdit> of(ProjectTexts project, CardRef card, String text) throws EditRefused {
		String said = text == null ? "" : text.strip().replaceAll("[\\r\\n]+", " ");
		ModelSet set = project.parse();
		Step step = card.findStep(set);
		XtextResource resource = (XtextResource) step.eResource();
		Edits.refuseSyntaxErrors(resource);
		Set<String> knownErrors = NewErrors.known(set);
		URI file = resource.getURI();
		String written = project.text(file);
		TextEdit edit;
		if (card.textFeature() == null) {
			PainPoint pain = step.getPainPoints().get(card.index());
			List<INode> now = NodeModelUtils.findNodesForFeature(pain, Literals.PAIN_POINT__DESCRIPTION);
			if (said.isEmpty()) {
				if (now.isEmpty()) {
					return List.of();
				}
				edit = NodeText.valueRemoval(file, written, pain, Literals.PAIN_POINT__DESCRIPTION, null);
			} else if (now.isEmpty()) {
				INode kind = NodeModelUtils.findNodesForFeature(pain, Literals.PAIN_POINT__KIND).get(0);
				edit = new TextEdit(file, kind.getEndOffset(), 0, " " + Edits.quoted(said));
			} else {
				edit = new TextEdit(file, now.get(0).getOffset(), now.get(0).getLength(), Edits.quoted(said));
			}
		} else {
			if (said.isEmpty()) {
				throw new EditRefused("a " + card.words() + " card is its words; delete the card instead");
			}
			INode now = card.textNode(step);
			edit = new TextEdit(file, now.getOffset(), now.getLength(), Edits.quoted(said));
		}
		List<TextEdit> edits = List.of(edit);
		NewErrors.refuseAny(knownErrors, project.with(edits), "changing the words of the " + card);
		return edits;
	}
}
