package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;
import carepath.model.NamedElement;
import carepath.model.Stage;
import carepath.model.Step;

/**
 * Moves a step, with its lines as written (comment on its last line included), to just before
 * another step or to the end of a stage, in the same journey (dragging its card). Needs the steps
 * on lines of their own; a journey written more tightly is refused, to be changed in the text.
 */
public final class MoveStep {
	private MoveStep() {
	}

	/** Before {@code placeName} when it names a step, at the end of it when it names a stage. */
	public static List<TextEdit> of(ProjectTexts project, String stepName, String placeName) throws EditRefused {
		ModelSet set = project.parse();
		Step step = Edits.step(set, stepName);
		NamedElement place = Rename.find(set, placeName);
		if (!(place instanceof Step || place instanceof Stage) || place.eResource() != step.eResource()
				|| journeyOf(place) != step.eContainer().eContainer()) {
			throw new EditRefused("a step moves to another place in its own journey: before a step or to the end of a stage");
		}
		if (place == step) {
			return List.of();
		}
		return Edits.checked(project, set, step, "moving the step " + stepName, (file, text) -> {
			TextEdit cut = ownLines(file, text, step);
			int at;
			if (place instanceof Step before) {
				at = ownLines(file, text, before).offset();
			} else {
				ILeafNode close = NodeText.closingBrace(place);
				int closeLine = close == null ? -1 : text.lastIndexOf('\n', close.getOffset() - 1) + 1;
				if (close == null || !text.substring(closeLine, close.getOffset()).isBlank()
						|| closeLine <= NodeModelUtils.findActualNodeFor(place).getOffset()) {
					throw new EditRefused("the stage '" + place.getName() + "' is not written over several lines; move the step in the text");
				}
				at = closeLine;
			}
			if (at >= cut.offset() && at <= cut.offset() + cut.length()) {
				return List.of(); // already there
			}
			String lines = text.substring(cut.offset(), cut.offset() + cut.length());
			if (!lines.endsWith("\n")) {
				lines += NodeText.lineBreak(text);
			}
			return List.of(cut, new TextEdit(file, at, 0, lines));
		});
	}

	private static TextEdit ownLines(URI file, String text, Step step) throws EditRefused {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(step);
		TextEdit lines = NodeText.wholeLines(file, text, node.getOffset(), node.getEndOffset(), true);
		if (lines == null) {
			throw new EditRefused("the step '" + step.getName() + "' shares its line with other words; move it in the text");
		}
		return lines;
	}

	private static Object journeyOf(NamedElement place) {
		return place instanceof Step ? place.eContainer().eContainer() : place.eContainer();
	}
}
