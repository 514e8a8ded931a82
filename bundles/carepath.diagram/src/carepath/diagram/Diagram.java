package carepath.diagram;

import java.util.List;

/**
 * A laid-out diagram: what the renderers draw. Every node and edge has an id that stays the same
 * when the model is regenerated or edited elsewhere, and traces back to its model element.
 */
public record Diagram(String id, String view, String title, String description, double width, double height,
		List<DiagramNode> nodes, List<DiagramEdge> edges) {

	public DiagramNode node(String id) {
		return nodes.stream().filter(node -> node.id().equals(id)).findFirst().orElse(null);
	}

	public DiagramEdge edge(String id) {
		return edges.stream().filter(edge -> edge.id().equals(id)).findFirst().orElse(null);
	}
}
