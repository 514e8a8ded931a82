package carepath.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * What a mark added to a drawing should not cover: the boxes of services, finding badges and
 * route hops, and every line of text. Group boxes and lines are not in the way.
 */
public final class Obstacles {
	private Obstacles() {
	}

	public static List<Rect> of(List<DiagramNode> nodes, List<DiagramEdge> edges) {
		List<Rect> taken = new ArrayList<>();
		for (DiagramNode node : nodes) {
			String role = node.role();
			if (role.startsWith("service") || role.startsWith("finding") || role.startsWith("hop")) {
				taken.add(node.bounds());
			}
			node.text().forEach(line -> taken.add(line.bounds()));
		}
		edges.forEach(edge -> edge.labels().forEach(line -> taken.add(line.bounds())));
		return taken;
	}
}
