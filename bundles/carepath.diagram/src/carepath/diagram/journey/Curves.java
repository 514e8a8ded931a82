package carepath.diagram.journey;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.model.Experience;

/** The experience lanes: a score of -2..+2 per step as a dot, joined into a curve, with a scale. */
final class Curves {
	static final double BAND = 80;
	static final double DOT = 10;

	private Curves() {
	}

	static double y(int score, double top) {
		return top + (2 - score) / 4.0 * BAND;
	}

	static DiagramNode dot(String id, Experience experience, double centerX, double top, String role,
			carepath.diagram.Trace trace) {
		int score = experience.getScore();
		double y = y(score, top);
		String label = score > 0 ? "+" + score : Integer.toString(score);
		return new DiagramNode(id, role + " score-" + (score < 0 ? "minus" + -score : Integer.toString(score)),
				new Rect(centerX - DOT / 2, y - DOT / 2, DOT, DOT),
				List.of(new TextLine(label, centerX + DOT, y + 4, JourneyMapGenerator.SMALL, true, false)), trace,
				experience.getQuote());
	}

	/** The line through the dots, and the zero line. */
	static List<DiagramEdge> draw(Lane lane, List<JourneyMapGenerator.Column> columns, List<List<DiagramNode>> cells,
			double top) {
		List<Point> points = new ArrayList<>();
		for (List<DiagramNode> cell : cells) {
			for (DiagramNode node : cell) {
				if (node.role().startsWith("dot")) {
					points.add(new Point(node.bounds().centerX(), node.bounds().centerY()));
				}
			}
		}
		List<DiagramEdge> edges = new ArrayList<>();
		if (!columns.isEmpty()) {
			double left = columns.get(0).x();
			double right = columns.get(columns.size() - 1).x() + JourneyMapGenerator.COLUMN;
			edges.add(new DiagramEdge("axis/" + lane.id(), "axis", List.of(new Point(left, y(0, top)), new Point(right, y(0, top))),
					List.of(), null, null));
		}
		if (points.size() > 1) {
			edges.add(new DiagramEdge("curve/" + lane.id(), "curve curve-" + lane.id(), points, List.of(), null, null));
		}
		return edges;
	}

	/** +2, 0 and -2 beside the band. */
	static List<DiagramNode> scale(Lane lane, double right, double top) {
		List<DiagramNode> marks = new ArrayList<>();
		for (int score : new int[] { 2, 0, -2 }) {
			String label = score > 0 ? "+" + score : Integer.toString(score);
			double y = y(score, top);
			marks.add(new DiagramNode("scale/" + lane.id() + "/" + score, "scale", new Rect(right - 20, y - 6, 20, 12),
					List.of(new TextLine(label, right - 10, y + 3, JourneyMapGenerator.SMALL, false, true)), null, null));
		}
		return marks;
	}
}
