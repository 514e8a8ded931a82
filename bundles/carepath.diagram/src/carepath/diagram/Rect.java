package carepath.diagram;

/** A rectangle of a diagram, in pixels, y downwards. */
public record Rect(double x, double y, double width, double height) {

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public double centerX() {
		return x + width / 2;
	}

	public double centerY() {
		return y + height / 2;
	}

	/** Whether the two share some area (touching edges do not count). */
	public boolean overlaps(Rect other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}
}
