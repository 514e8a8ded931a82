package carepath.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * PNG and PDF are drawn in DejaVu Sans only: a character it lacks (an emoji) becomes a white
 * square, so it shows instead of leaving a blank; every character it has, scripts and accents
 * included, stays as written.
 */
class MissingGlyphsTest {

	@Test
	void whatTheFontLacksBecomesAWhiteSquare() {
		assertEquals("Tea \u25A1 and \u25A1\u200D\u25A1", MissingGlyphs.shownAsBoxes("Tea 😀 and 👨\u200D👩"), "the joiner is in the font, and draws nothing");
	}

	@Test
	void scriptsAccentsAndMarkupStay() {
		String text = "<text x=\"1\">שלום عربي café Ærø e\u0301 – “quoted” → ✓</text>\n";
		assertEquals(text, MissingGlyphs.shownAsBoxes(text));
	}
}
