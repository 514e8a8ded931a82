package carepath.diagram;

/** A point of a diagram, in pixels at 96 per inch, y downwards. */
public record Point(double x, double y) {
}
