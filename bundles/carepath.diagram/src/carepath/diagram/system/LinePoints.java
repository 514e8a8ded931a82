package carepath.diagram.system;

import java.util.List;

import carepath.diagram.Point;

/** Points along a polyline, placed by their share of its length. */
final class LinePoints {
	private LinePoints() {
	}

	/** The point {@code share} (0 to 1) of the way along the line. */
	static Point at(List<Point> points, double share) {
		double length = 0;
		for (int index = 1; index < points.size(); index++) {
			length += distance(points.get(index - 1), points.get(index));
		}
		double left = length * share;
		for (int index = 1; index < points.size(); index++) {
			Point from = points.get(index - 1);
			Point to = points.get(index);
			double segment = distance(from, to);
			if (segment >= left && segment > 0) {
				double part = left / segment;
				return new Point(from.x() + part * (to.x() - from.x()), from.y() + part * (to.y() - from.y()));
			}
			left -= segment;
		}
		return points.get(points.size() - 1);
	}

	private static double distance(Point a, Point b) {
		return Math.hypot(b.x() - a.x(), b.y() - a.y());
	}
}
