package carepath.diagram.system;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Obstacles;
import carepath.diagram.Point;
import carepath.diagram.Rect;

/**
 * Where a connection's findings badge goes: on its line, at the point nearest the middle where it
 * covers no text, service or other badge ({@link Obstacles}). ELK puts a connection's label near
 * the middle too, so the middle itself would often hide the criteria the finding is about.
 */
final class BadgePlaces {
	/** Tried in this order: the middle, then ever further from it, both ways. */
	private static final double[] SHARES = { 0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82 };

	private final List<Rect> taken;

	BadgePlaces(List<DiagramNode> nodes, List<DiagramEdge> lines) {
		taken = new ArrayList<>(Obstacles.of(nodes, lines));
	}

	/** The badge's box for a line; the middle when every place is covered. */
	Rect badgeOn(List<Point> line, double size) {
		Rect middle = badgeAt(LinePoints.at(line, 0.5), size);
		for (double share : SHARES) {
			Rect badge = badgeAt(LinePoints.at(line, share), size);
			if (taken.stream().noneMatch(badge::overlaps)) {
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
}
