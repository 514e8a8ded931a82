package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Step;

/**
 * Which card of a step: its kind (`pain`, `good`, `idea`, `support`, `information`) and its place among the
 * step's cards of that kind (0 for the first), as the journey map's ids tell them
 * (`pain/step/sam/seeking/firstVisit/1`).
 */
public record CardRef(String step, String kind, int index) {

	@Override
	public String toString() {
		return words() + " " + (index + 1) + " of " + step;
	}

	String words() {
		return switch (kind) {
		case "pain" -> "pain point";
		case "good" -> "good practice";
		case "idea" -> "change idea";
		case "information" -> "information card";
		default -> "support";
		};
	}

	/** The step's texts of this kind, for the kinds written as `KEYWORD "text"`; null for pain points and information. */
	EStructuralFeature textFeature() throws EditRefused {
		return switch (kind) {
		case "pain", "information" -> null;
		case "good" -> Literals.STEP__GOOD_PRACTICE;
		case "idea" -> Literals.STEP__IDEAS;
		case "support" -> Literals.STEP__SUPPORT;
		default -> throw new EditRefused("a card is a pain point, good practice, a change idea, support or information");
		};
	}

	Step findStep(ModelSet set) throws EditRefused {
		Step found = Edits.step(set, step);
		int count = switch (kind) {
		case "pain" -> found.getPainPoints().size();
		case "information" -> found.getGathers().size();
		default -> ((List<?>) found.eGet(textFeature())).size();
		};
		if (index < 0 || index >= count) {
			throw new EditRefused(step + " has no " + words() + " number " + (index + 1) + " any more");
		}
		return found;
	}

	/** The element a pain point or information card is (null for the cards that are a text of their step). */
	EObject element(Step found) {
		return switch (kind) {
		case "pain" -> found.getPainPoints().get(index);
		case "information" -> found.getGathers().get(index);
		default -> null;
		};
	}

	/** The text node of a card written as `KEYWORD "text"`. */
	INode textNode(Step found) throws EditRefused {
		return NodeModelUtils.findNodesForFeature(found, textFeature()).get(index);
	}
}
