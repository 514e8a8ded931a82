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
}
