package carepath.diagram.system;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;

/**
 * Where a connection's findings badge goes: on its line, at the point nearest the middle where it
 * covers no label and no box. ELK puts a connection's label near the middle too, so the middle
 * itself would often hide the criteria the finding is about.
 */
final class BadgePlaces {
	/** Tried in this order: the middle, then ever further from it, both ways. */
	private static final double[] SHARES = { 0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82 };

	private final List<Rect> taken = new ArrayList<>();

	/** Services and badges are in the way, and every text; a group's box is not, only its title. */
	BadgePlaces(List<DiagramNode> nodes, List<DiagramEdge> lines) {
		for (DiagramNode node : nodes) {
			if (node.role().equals("service") || node.role().startsWith("finding")) {
				taken.add(node.bounds());
			}
			node.text().forEach(this::takeText);
		}
		lines.forEach(line -> line.labels().forEach(this::takeText));
	}

	private void takeText(TextLine line) {
		double width = TextMeasurer.width(line.text(), line.size(), line.bold());
		double left = line.centred() ? line.x() - width / 2 : line.x();
		taken.add(new Rect(left, line.y() - line.size(), width, line.size() * 1.25));
	}

	/** The badge's box for a line; the middle when every place is covered. */
	Rect badgeOn(List<Point> line, double size) {
		Rect middle = badgeAt(LinePoints.at(line, 0.5), size);
		for (double share : SHARES) {
			Rect badge = badgeAt(LinePoints.at(line, share), size);
			if (taken.stream().noneMatch(rect -> overlap(rect, badge))) {
				taken.add(badge);
				return badge;
			}
		}
		taken.add(middle);
		return middle;
	}

	private static Rect badgeAt(Point point, double size) {
		return new Rect(point.x() - size / 2, point.y() - size / 2, size, size);
	}

	private static boolean overlap(Rect a, Rect b) {
		return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
	}
}
