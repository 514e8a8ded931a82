package carepath.diagram.sheets;

import java.util.List;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.key.Annex;

/**
 * A drawing's key and findings list ({@link Annex}) apart from its map: when the map is printed
 * on several sheets, they follow on a sheet of their own, at the same scale, instead of being cut
 * into strips with the map.
 */
record AnnexSheet(Diagram map, Diagram annex, Rect bounds) {

	/** The drawing split into its map and its annex; null when it has no annex. */
	static AnnexSheet of(Diagram diagram) {
		List<DiagramNode> annexNodes = diagram.nodes().stream().filter(node -> Annex.isPart(node.id())).toList();
		List<DiagramEdge> annexEdges = diagram.edges().stream().filter(edge -> Annex.isPart(edge.id())).toList();
		if (annexNodes.isEmpty()) {
			return null;
		}
		double left = Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		double right = -Double.MAX_VALUE;
		double bottom = -Double.MAX_VALUE;
		for (DiagramNode node : annexNodes) {
			left = Math.min(left, node.bounds().x());
			top = Math.min(top, node.bounds().y());
			right = Math.max(right, node.bounds().right());
			bottom = Math.max(bottom, node.bounds().bottom());
		}
		for (DiagramEdge edge : annexEdges) {
			for (Point point : edge.points()) {
				left = Math.min(left, point.x());
				right = Math.max(right, point.x());
			}
		}
		Rect bounds = new Rect(left - 8, top - 8, right - left + 16, bottom - top + 16);
		Diagram map = new Diagram(diagram.id(), diagram.view(), diagram.title(), diagram.description(), diagram.width(),
				Math.min(diagram.height(), bounds.y() + 8),
				diagram.nodes().stream().filter(node -> !Annex.isPart(node.id())).toList(),
				diagram.edges().stream().filter(edge -> !Annex.isPart(edge.id())).toList());
		Diagram annex = new Diagram(diagram.id(), diagram.view(), diagram.title(), diagram.description(), diagram.width(),
				diagram.height(), annexNodes, annexEdges);
		return new AnnexSheet(map, annex, bounds);
	}

	/** The last sheet of a print of {@code number} sheets: the key and the findings, headed like the others. */
	Sheet sheet(String title, int number) {
		String which = " — sheet " + number + " of " + number + ": key and findings";
		return new Sheet(number, number, bounds.width(), SheetPlan.HEAD + bounds.height(), annex,
				List.of(new Piece(bounds, -bounds.x(), SheetPlan.HEAD - bounds.y(), annex)),
				Strips.heading(title, which, bounds.width()));
	}
}
