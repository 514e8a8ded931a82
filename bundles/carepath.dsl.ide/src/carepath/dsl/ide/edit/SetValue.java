package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;

/**
 * Sets one single-valued feature written as a line of an element's block, from a properties
 * panel: `sector third-sector`, `via phone`, `decided by "..."`, `joint`, `waits 3 weeks`; the
 * value's words change in place, a missing line is added to the block, an empty value takes the
 * line away; a mark before the element (`decision`, `backstage`) comes and goes. The title,
 * name and category, on the element's first line, go to their own edits ({@link SetTitle},
 * {@link Rename}, {@link MoveToCategory}); lists and nested elements are changed in the diagram.
 */
public final class SetValue {
	private SetValue() {
	}

	public static List<TextEdit> ofElement(ProjectTexts project, String name, String feature, String value) throws EditRefused {
		switch (feature) { // written on the element's first line, each with an edit of its own
		case "title":
			return SetTitle.of(project, name, value);
		case "name":
			return Rename.of(project, name, value == null ? "" : value.strip());
		case "category":
			return MoveToCategory.of(project, name, value == null || value.isBlank() ? null : value.strip());
		default:
			break;
		}
		ModelSet set = project.parse();
		return set(project, set, Rename.find(set, name), name, feature, value);
	}

	public static List<TextEdit> ofConnection(ProjectTexts project, ConnectionRef which, String feature, String value) throws EditRefused {
		ModelSet set = project.parse();
		return set(project, set, which.find(set), which.toString(), feature, value);
	}

	private static List<TextEdit> set(ProjectTexts project, ModelSet set, EObject element, String shown, String featureName, String value)
			throws EditRefused {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		Assignment assignment = WrittenFeatures.assignment(element, featureName);
		boolean flag = feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class;
		boolean inBlock = assignment != null && WrittenFeatures.settable(element, assignment);
		if (feature == null || assignment == null || feature.isMany() || !inBlock && !flag) {
			throw new EditRefused("the " + (feature == null ? featureName : ElementFields.label(feature)) + " of " + shown
					+ " is changed in the diagram or the text");
		}
		String said = value == null ? "" : value.strip();
		boolean nested = feature instanceof EReference reference && reference.isContainment();
		return Edits.checked(project, set, element, "setting the " + ElementFields.label(feature) + " of " + shown, (file, text) -> {
			List<INode> now = NodeModelUtils.findNodesForFeature(element, feature);
			if (said.isEmpty() || flag && said.equals("no")) {
				return now.isEmpty() ? List.of() : List.of(NodeText.valueRemoval(file, text, element, feature, null));
			}
			if (flag) {
				if (!now.isEmpty()) {
					return List.of();
				}
				// A mark before the element's keyword (`decision step`), or a word of its block (`joint`).
				return List.of(inBlock ? NodeText.intoBlock(file, text, element, assignmentKeyword(assignment))
						: new TextEdit(file, NodeModelUtils.findActualNodeFor(element).getOffset(), 0, assignmentKeyword(assignment) + " "));
			}
			// A nested part is its words as the language writes them (`3 weeks`); the check after the edit refuses what does not parse.
			String words = nested ? said.replaceAll("[\\r\\n]+", " ") : WrittenFeatures.value(feature, said);
			if (now.isEmpty()) {
				return List.of(NodeText.intoBlock(file, text, element, (WrittenFeatures.keywords(assignment) + " " + words).strip()));
			}
			return NodeModelUtils.getTokenText(now.get(0)).equals(words) ? List.of() // already so
					: List.of(new TextEdit(file, now.get(0).getOffset(), now.get(0).getLength(), words));
		});
	}

	/** The keyword a flag is written as (`joint` in `joint?='joint'`). */
	private static String assignmentKeyword(Assignment assignment) {
		return assignment.getTerminal() instanceof org.eclipse.xtext.Keyword keyword ? keyword.getValue() : "";
	}
}
