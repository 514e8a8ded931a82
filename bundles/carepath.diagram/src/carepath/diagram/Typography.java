package carepath.diagram;

/**
 * The sizes every drawing is set in, in one place: text sizes in pixels of the diagram (a pixel
 * prints as a point at 1:1), and the spacing around and inside boxes. The generators name them
 * as their own constants; the values are decided here.
 */
public final class Typography {
	/** Around the drawing, and between a drawing's parts. */
	public static final double MARGIN = 24;
	/** Inside a box, between its edge and its text. */
	public static final double PAD = 6;
	/** A drawing's title. */
	public static final double HEADING = 20;
	/** A card's or a step's title. */
	public static final double TITLE = 12;
	/** The text most of a map is written in: notes, quotes, pain points. */
	public static final double BODY = 10.5;
	/** Details under a title: channel, service, who. */
	public static final double SMALL = 9.5;
	/** A system map holds many boxes: its service titles and labels are a step smaller. */
	public static final double MAP_TITLE = 11;
	public static final double MAP_SMALL = 9;
	/** Inside the key's and the findings list's boxes, and their text. */
	public static final double KEY_PAD = 8;
	public static final double KEY_TEXT = 9.5;

	private Typography() {
	}
}
