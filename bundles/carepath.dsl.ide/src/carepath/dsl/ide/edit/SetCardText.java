package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.PainPoint;
import carepath.model.Step;

/**
 * Changes a card's words in place (editing it on the journey map): only the quoted text changes.
 * A pain point may lose its words (`pain waiting` stays); the other cards are their words, so an
 * empty text is refused: delete the card instead. An information card's words are what is
 * gathered, with commas between (`gathers "a", "b" in system`: the system stays).
 */
public final class SetCardText {
	private SetCardText() {
	}

	public static List<TextEdit> of(ProjectTexts project, CardRef card, String text) throws EditRefused {
		String said = text == null ? "" : text.strip().replaceAll("[\\r\\n]+", " ");
		ModelSet set = project.parse();
		Step step = card.findStep(set);
		if (card.kind().equals("information")) { // `gathers "a", "b" in system`: the items, written with commas between
			List<String> items = List.of(said.split("\\s*,\\s*"));
			return SetList.ofElementIn(project, set, card.element(step), card.toString(), "items", items);
		}
		if (said.isEmpty() && !card.kind().equals("pain")) {
			throw new EditRefused("a " + card.words() + " card is its words; delete the card instead");
		}
		return Edits.checked(project, set, step, "changing the words of the " + card, (file, written) -> {
			if (card.textFeature() != null) {
				INode now = card.textNode(step);
				return List.of(new TextEdit(file, now.getOffset(), now.getLength(), Edits.quoted(said)));
			}
			PainPoint pain = step.getPainPoints().get(card.index());
			INode kind = NodeModelUtils.findNodesForFeature(pain, Literals.PAIN_POINT__KIND).get(0);
			return NodeText.optionalText(file, written, pain, Literals.PAIN_POINT__DESCRIPTION, kind, said);
		});
	}
}
