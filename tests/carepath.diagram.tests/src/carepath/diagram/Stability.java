package carepath.diagram;

import java.util.ArrayList;
import java.util.List;

/** How far the nodes both diagrams have (same id) moved between them: the distance of their top-left corners. */
public final class Stability {
	private Stability() {
	}

	public static List<Double> displacements(Diagram before, Diagram after) {
		List<Double> moves = new ArrayList<>();
		for (DiagramNode node : before.nodes()) {
			DiagramNode moved = after.node(node.id());
			if (moved != null && (node.role().equals("service") || node.role().startsWith("step"))) {
				moves.add(Math.hypot(moved.bounds().x() - node.bounds().x(), moved.bounds().y() - node.bounds().y()));
			}
		}
		return moves;
	}
}
