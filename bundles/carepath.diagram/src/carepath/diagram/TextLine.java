package carepath.diagram;

/** One line of text placed on a diagram: its baseline starts (or, centred, is centred) at x, y. */
public record TextLine(String text, double x, double y, double size, boolean bold, boolean centred) {

	/** The box its glyphs take: its measured width, from a size above the baseline to a quarter below. */
	public Rect bounds() {
		double width = TextMeasurer.width(text, size, bold);
		return new Rect(centred ? x - width / 2 : x, y - size, width, size * 1.25);
	}
}
