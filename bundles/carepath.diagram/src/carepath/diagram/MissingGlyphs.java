package carepath.diagram;

/**
 * PNG, PDF and the PDF pack are drawn in the diagrams' font only (no system fonts, so they look
 * the same wherever they are made). A character that font lacks, such as an emoji pasted from a
 * whiteboard, is shown as a white square: visibly there, where the drawing left a blank and the
 * PDF renderer, mixed with right-to-left text, could fail. SVG and HTML keep every character for
 * the reader's fonts to draw. Markup is ASCII, so a whole document can be passed.
 */
public final class MissingGlyphs {
	public static final char BOX = '\u25A1';

	private MissingGlyphs() {
	}

	public static String shownAsBoxes(String html) {
		StringBuilder shown = new StringBuilder(html.length());
		html.codePoints().forEach(c -> {
			if (c < 0x80 || c == '\n' || FontSubsets.covers(c)) {
				shown.appendCodePoint(c);
			} else {
				shown.append(BOX);
			}
		});
		return shown.toString();
	}
}
