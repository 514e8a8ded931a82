package carepath.report;

import carepath.diagram.FontSubsets;

/**
 * The PDF pack is set in the diagrams' font only (no system fonts, so it looks the same wherever
 * it is made). A character that font lacks, such as an emoji pasted from a whiteboard, is shown
 * as a white square: visibly there, where the PDF renderer would otherwise drop it or, mixed with
 * right-to-left text, fail. The HTML pack keeps every character for the browser to draw.
 */
final class MissingGlyphs {
	static final char BOX = '\u25A1';

	private MissingGlyphs() {
	}

	static String shownAsBoxes(String html) {
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
