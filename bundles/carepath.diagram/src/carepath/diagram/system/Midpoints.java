package carepath.diagram.system;

import java.util.List;

import carepath.diagram.Point;

/** The point halfway along a polyline, measured along its length. */
final class Midpoints {
	private Midpoints() {
	}

	static Point of(List<Point> points) {
		double length = 0;
		for (int index = 1; index < points.size(); index++) {
			length += distance(points.get(index - 1), points.get(index));
		}
		double left = length / 2;
		for (int index = 1; index < points.size(); index++) {
			Point from = points.get(index - 1);
			Point to = points.get(index);
			double segment = distance(from, to);
			if (segment >= left && segment > 0) {
				double share = left / segment;
				return new Point(from.x() + share * (to.x() - from.x()), from.y() + share * (to.y() - from.y()));
			}
			left -= segment;
		}
		return points.get(points.size() - 1);
	}

	private static double distance(Point a, Point b) {
		return Math.hypot(b.x() - a.x(), b.y() - a.y());
	}
}
