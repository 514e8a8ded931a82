package carepath.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.analysis.Labels;
import carepath.model.Connection;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Model;
import carepath.model.NamedElement;
import carepath.model.Stage;
import carepath.model.Step;
import carepath.model.TopLevelElement;

/** One line of the outline: an element of the file, where it is written, and what it holds. */
record OutlineNode(String label, int offset, int length, List<OutlineNode> children) {

	/** The outline of a parsed file: its top-level elements, a journey's stages and steps, an ecosystem's services and connections. */
	static List<OutlineNode> of(Model model) {
		List<OutlineNode> nodes = new ArrayList<>();
		for (TopLevelElement element : model.getElements()) {
			List<OutlineNode> children = new ArrayList<>();
			if (element instanceof Journey journey) {
				for (Stage stage : journey.getStages()) {
					children.add(node("stage", stage, stage.getSteps().stream().map(step -> node("step", step, List.of())).toList()));
				}
			} else if (element instanceof Ecosystem ecosystem) {
				ecosystem.getCategories().forEach(category -> children.add(node("category", category, List.of())));
				ecosystem.getServices().forEach(service -> children.add(node("service", service, List.of())));
				ecosystem.getConnections().forEach(connection -> children.add(node(connection)));
			}
			nodes.add(node(element.eClass().getName().toLowerCase(), element, children));
		}
		return nodes;
	}

	/** The innermost node whose text holds {@code offset}, or null. */
	static OutlineNode at(List<OutlineNode> nodes, int offset) {
		for (OutlineNode node : nodes) {
			if (offset >= node.offset && offset <= node.offset + node.length) {
				OutlineNode inner = at(node.children, offset);
				return inner != null ? inner : node;
			}
		}
		return null;
	}

	private static OutlineNode node(String kind, NamedElement element, List<OutlineNode> children) {
		String title = element.getTitle() != null && !(element instanceof Step) ? " - " + element.getTitle() : "";
		String label = element instanceof Step step ? kind + " " + Labels.of(step) : kind + " " + element.getName() + title;
		return located(label, element, children);
	}

	private static OutlineNode node(Connection connection) {
		return located(Labels.of(connection), connection, List.of());
	}

	private static OutlineNode located(String label, EObject element, List<OutlineNode> children) {
		ICompositeNode text = NodeModelUtils.findActualNodeFor(element);
		return new OutlineNode(label, text == null ? 0 : text.getOffset(), text == null ? 0 : text.getLength(), children);
	}
}
