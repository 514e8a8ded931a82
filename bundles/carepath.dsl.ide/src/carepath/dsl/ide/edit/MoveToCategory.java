package carepath.dsl.ide.edit;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.NamedElement;
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
		NamedElement found = Rename.find(set, serviceName);
		if (!(found instanceof Service service) || !(service.eContainer() instanceof Ecosystem ecosystem)) {
			throw new EditRefused("'" + serviceName + "' is not a service");
		}
		if (categoryName != null && ecosystem.getCategories().stream().noneMatch(c -> categoryName.equals(c.getName()))) {
			throw new EditRefused("the system map has no category '" + categoryName + "'");
		}
		XtextResource resource = (XtextResource) service.eResource();
		Edits.refuseSyntaxErrors(resource);
		Set<String> knownErrors = NewErrors.known(set);
		URI file = resource.getURI();
		String text = project.text(file);
		List<INode> now = NodeModelUtils.findNodesForFeature(service, Literals.SERVICE__CATEGORY);
		TextEdit edit;
		if (!now.isEmpty()) {
			INode category = now.get(0);
			if (categoryName == null) {
				edit = NodeText.valueRemoval(file, text, service, Literals.SERVICE__CATEGORY, null); // ` in clinical` as a whole
			} else {
				edit = new TextEdit(file, category.getOffset(), category.getLength(), categoryName);
			}
		} else if (categoryName == null) {
			return List.of();
		} else {
			List<INode> title = NodeModelUtils.findNodesForFeature(service, Literals.NAMED_ELEMENT__TITLE);
			INode after = title.isEmpty() ? NodeModelUtils.findNodesForFeature(service, Literals.NAMED_ELEMENT__NAME).get(0) : title.get(0);
			edit = new TextEdit(file, after.getEndOffset(), 0, " in " + categoryName);
		}
		List<TextEdit> edits = List.of(edit);
		NewErrors.refuseAny(knownErrors, project.with(edits), "moving " + serviceName + " to " + categoryName);
		return edits;
	}
}
