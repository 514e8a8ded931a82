package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;

import carepath.dsl.load.ModelSet;
import carepath.model.Step;

/** Deletes one card of a step, its keyword and words (its whole line when it has one of its own); nothing refers to a card. */
public final class DeleteCard {
	private DeleteCard() {
	}

	public static List<TextEdit> of(ProjectTexts project, CardRef card) throws EditRefused {
		ModelSet set = project.parse();
		Step step = card.findStep(set);
		return Edits.checked(project, set, step, "deleting the " + card, (file, text) -> {
			if (card.element(step) != null) {
				return List.of(NodeText.removal(file, text, card.element(step)));
			}
			INode words = card.textNode(step);
			return List.of(NodeText.wordsRemoval(file, text, NodeText.keywordBefore(step, words), words.getEndOffset()));
		});
	}
}
