package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Service;

/**
 * Moves a service into another category group of its map (dragging its box into the group), or
 * out of every category: only `in CATEGORY` on the service's first line changes.
 */
public final class MoveToCategory {
	private MoveToCategory() {
	}

	/** {@code categoryName} null: out of every category. */
	public static List<TextEdit> of(ProjectTexts project, String serviceName, String categoryName) throws EditRefused {
		ModelSet set = project.parse();
		Service service = Edits.service(set, serviceName);
		Ecosystem ecosystem = (Ecosystem) service.eContainer();
		if (categoryName != null && ecosystem.getCategories().stream().noneMatch(c -> categoryName.equals(c.getName()))) {
			throw new EditRefused("the system map has no category '" + categoryName + "'");
		}
		return Edits.checked(project, set, service, "moving " + serviceName + " to " + categoryName, (file, text) -> {
			List<INode> now = NodeModelUtils.findNodesForFeature(service, Literals.SERVICE__CATEGORY);
			if (!now.isEmpty()) {
				INode category = now.get(0);
				return List.of(categoryName == null ? NodeText.valueRemoval(file, text, service, Literals.SERVICE__CATEGORY, null) // ` in clinical` as a whole
						: new TextEdit(file, category.getOffset(), category.getLength(), categoryName));
			}
			if (categoryName == null) {
				return List.of();
			}
			List<INode> title = NodeModelUtils.findNodesForFeature(service, Literals.NAMED_ELEMENT__TITLE);
			INode after = title.isEmpty() ? NodeModelUtils.findNodesForFeature(service, Literals.NAMED_ELEMENT__NAME).get(0) : title.get(0);
			return List.of(new TextEdit(file, after.getEndOffset(), 0, " in " + categoryName));
		});
	}
}
