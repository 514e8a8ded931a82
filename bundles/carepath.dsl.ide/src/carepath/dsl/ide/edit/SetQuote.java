package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

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
		return Edits.checked(project, set, step, "changing what the " + who.word() + " says at " + stepName, (file, text) -> {
			INode score = NodeModelUtils.findNodesForFeature(feeling, Literals.EXPERIENCE__SCORE).get(0);
			return NodeText.optionalText(file, text, feeling, Literals.EXPERIENCE__QUOTE, score, said);
		});
	}
}
