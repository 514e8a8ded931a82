package carepath.dsl.ide.edit;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import carepath.dsl.ide.edit.SetFeeling.Who;
import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Experience;
import carepath.model.Step;

/**
 * Changes the quote of a feeling at a step (editing it in place under the experience curve): only
 * the quoted words change; an empty quote takes them away, the score stays. A step without that
 * feeling is refused: its score comes first (drag the curve).
 */
public final class SetQuote {
	private SetQuote() {
	}

	public static List<TextEdit> of(ProjectTexts project, String stepName, Who who, String quote) throws EditRefused {
		String said = quote == null ? "" : quote.strip().replaceAll("[\\r\\n]+", " ");
		ModelSet set = project.parse();
		Step step = Edits.step(set, stepName);
		Experience feeling = who == Who.PERSON ? step.getPersonExperience() : step.getProfessionalExperience();
		if (feeling == null) {
			throw new EditRefused("how the " + who.word() + " feels at " + stepName + " has no score yet; give it one first");
		}
		XtextResource resource = (XtextResource) step.eResource();
		Edits.refuseSyntaxErrors(resource);
		Set<String> knownErrors = NewErrors.known(set);
		URI file = resource.getURI();
		List<INode> now = NodeModelUtils.findNodesForFeature(feeling, Literals.EXPERIENCE__QUOTE);
		TextEdit edit;
		if (said.isEmpty()) {
			if (now.isEmpty()) {
				return List.of();
			}
			edit = NodeText.valueRemoval(file, project.text(file), feeling, Literals.EXPERIENCE__QUOTE, null);
		} else if (now.isEmpty()) {
			INode score = NodeModelUtils.findNodesForFeature(feeling, Literals.EXPERIENCE__SCORE).get(0);
			edit = new TextEdit(file, score.getEndOffset(), 0, " " + Edits.quoted(said));
		} else {
			edit = new TextEdit(file, now.get(0).getOffset(), now.get(0).getLength(), Edits.quoted(said));
		}
		List<TextEdit> edits = List.of(edit);
		NewErrors.refuseAny(knownErrors, project.with(edits), "changing what the " + who.word() + " says at " + stepName);
		return edits;
	}
}
