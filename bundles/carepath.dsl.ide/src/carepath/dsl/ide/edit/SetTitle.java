package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.NamedElement;

/**
 * Sets the title of a named element, what diagrams and reports show (direct editing of a box's
 * label); an empty title takes it away, and the name is shown again. Only the quoted text changes,
 * computed from the node model: the change serializer wrote the whole element again and lost a
 * comment after it (eclipse-xtext/xtext#2550).
 */
public final class SetTitle {
	private SetTitle() {
	}

	public static List<TextEdit> of(ProjectTexts project, String name, String title) throws EditRefused {
		ModelSet set = project.parse();
		NamedElement element = Rename.find(set, name);
		String shown = title == null ? "" : title.strip().replaceAll("[\\r\\n]+", " ");
		return Edits.checked(project, set, element, "changing the title of " + name, (file, text) -> {
			// Traits, for one, are written with a key and a value, not a title.
			if (WrittenFeatures.assignment(element, Literals.NAMED_ELEMENT__TITLE.getName()) == null) {
				throw new EditRefused("a " + element.eClass().getName().toLowerCase() + " has no title in the language; name it instead");
			}
			List<INode> titles = NodeModelUtils.findNodesForFeature(element, Literals.NAMED_ELEMENT__TITLE);
			if (!titles.isEmpty()) {
				INode old = titles.get(0);
				return List.of(shown.isEmpty() ? NodeText.valueRemoval(file, text, element, Literals.NAMED_ELEMENT__TITLE, null) // `gp "GP" {` becomes `gp {`
						: new TextEdit(file, old.getOffset(), old.getLength(), Edits.quoted(shown)));
			}
			if (shown.isEmpty()) {
				return List.of();
			}
			INode named = NodeModelUtils.findNodesForFeature(element, Literals.NAMED_ELEMENT__NAME).get(0);
			return List.of(new TextEdit(file, named.getEndOffset(), 0, " " + Edits.quoted(shown)));
		});
	}
}
