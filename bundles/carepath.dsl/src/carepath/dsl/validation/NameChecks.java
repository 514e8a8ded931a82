package carepath.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import carepath.model.CarepathPackage.Literals;
import carepath.model.Model;
import carepath.model.NamedElement;
import carepath.model.TopLevelElement;

/**
 * Names are identifiers, and unique among the elements they could be confused with: the
 * children of one container, and top-level elements across every file of the model set.
 */
public class NameChecks extends ComposedCheck {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Check
	public void nameCharacters(NamedElement element) {
		String name = element.getName();
		if (name == null || name.isEmpty()) {
			return;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!(Character.isLetterOrDigit(c) || c == '_')) {
				error(String.format("'%s' is not a valid name: use letters, digits and _ only.", name), element,
						Literals.NAMED_ELEMENT__NAME, IssueCodes.INVALID_NAME);
				return;
			}
		}
	}

	/** Children of one container: services and categories of an ecosystem, stages, steps. */
	@Check
	public void uniqueAmongSiblings(EObject container) {
		if (container instanceof Model) {
			return; // top-level names are checked across files below
		}
		Map<String, NamedElement> seen = new HashMap<>();
		for (EObject child : container.eContents()) {
			if (child instanceof NamedElement named && named.getName() != null) {
				String key = named.eClass().getName() + ":" + named.getName();
				NamedElement first = seen.putIfAbsent(key, named);
				if (first != null) {
					reportDuplicate(named, "here, at line " + lineOf(first));
				}
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void uniqueTopLevel(Model model) {
		Resource resource = model.eResource();
		IResourceDescriptions index = resource.getResourceSet() == null ? null
				: indexProvider.getResourceDescriptions(resource.getResourceSet());
		Map<String, TopLevelElement> seen = new HashMap<>();
		for (TopLevelElement element : model.getElements()) {
			if (element.getName() == null) {
				continue;
			}
			TopLevelElement first = seen.putIfAbsent(ElementKinds.namespace(element.eClass()).getName() + ":" + element.getName(), element);
			if (first != null) {
				reportDuplicate(element, "here, at line " + lineOf(first));
			} else if (index != null) {
				String other = elsewhere(index, element, resource);
				if (other != null) {
					reportDuplicate(element, "in " + other);
				}
			}
		}
	}

	/** The file name of another resource that defines the same top-level name, or null. */
	private String elsewhere(IResourceDescriptions index, TopLevelElement element, Resource resource) {
		QualifiedName name = QualifiedName.create(element.getName());
		for (IEObjectDescription description : index.getExportedObjects(ElementKinds.namespace(element.eClass()), name, false)) {
			if (!description.getEObjectURI().trimFragment().equals(resource.getURI())) {
				return description.getEObjectURI().trimFragment().lastSegment();
			}
		}
		return null;
	}

	private void reportDuplicate(NamedElement element, String where) {
		error(String.format("There is already a %s named '%s' %s.", ElementKinds.of(ElementKinds.namespace(element.eClass())), element.getName(),
				where), element, Literals.NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
	}

	private static int lineOf(EObject object) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, Literals.NAMED_ELEMENT__NAME);
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(object) : nodes.get(0);
		return node == null ? 0 : node.getStartLine();
	}
}
