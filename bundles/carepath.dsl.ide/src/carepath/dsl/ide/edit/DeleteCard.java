package carepath.dsl.ide.edit;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

import carepath.dsl.load.ModelSet;
import carepath.model.Step;

/** Deletes one card of a step, its keyword and words (its whole line when it has one of its own); nothing refers to a card. */
public final class DeleteCard {
	private DeleteCard() {
	}

	public static List<TextEdit> of(ProjectTexts project, CardRef card) throws EditRefused {
		ModelSet set = project.parse();
		Step step = card.findStep(set);
		XtextResource resource = (XtextResource) step.eResource();
		Edits.refuseSyntaxErrors(resource);
		Set<String> knownErrors = NewErrors.known(set);
		URI file = resource.getURI();
		String text = project.text(file);
		TextEdit edit;
		if (card.textFeature() == null) {
			edit = NodeText.removal(file, text, step.getPainPoints().get(card.index()));
		} else {
			INode words = card.textNode(step);
			edit = NodeText.wordsRemoval(file, text, NodeText.keywordBefore(step, words), words.getEndOffset());
		}
		List<TextEdit> edits = List.of(edit);
		NewErrors.refuseAny(knownErrors, project.with(edits), "deleting the " + card);
		return edits;
	}
}
