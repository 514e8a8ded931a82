package carepath.diagram;

/** One line of text placed on a diagram: its baseline starts (or, centred, is centred) at x, y. */
public record TextLine(String text, double x, double y, double size, boolean bold, boolean centred) {
}
