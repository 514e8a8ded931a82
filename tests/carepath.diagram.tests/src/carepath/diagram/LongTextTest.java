package carepath.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Pasted text in a box: a 10,000-character word or page takes at most {@link TextMeasurer#MAX_LINES}
 * lines ending in an ellipsis (drawing it all made a system map's PDF take minutes); emoji are never
 * cut in half, which would leave a character no document can hold.
 */
class LongTextTest {

	@Test
	void aPageOfTextIsCutAfterTheLastLine() {
		List<String> lines = TextMeasurer.wrap("word ".repeat(5_000), 120, 10, false);
		assertEquals(TextMeasurer.MAX_LINES, lines.size());
		assertTrue(lines.get(lines.size() - 1).endsWith("…"), lines.get(lines.size() - 1));
		lines.forEach(line -> assertTrue(TextMeasurer.width(line, 10, false) <= 120, line));
	}

	@Test
	void aLongWordIsCutAfterTheLastLine() {
		List<String> lines = TextMeasurer.wrap("x".repeat(10_000), 120, 10, false);
		assertEquals(TextMeasurer.MAX_LINES, lines.size());
		assertTrue(lines.get(0).endsWith("-"));
		assertTrue(lines.get(lines.size() - 1).endsWith("…"));
	}

	@Test
	void shortTextIsLeftWhole() {
		assertEquals("Community Mental Health Team", String.join(" ", TextMeasurer.wrap("Community Mental Health Team", 100, 10, false)));
	}

	@Test
	void emojiAreNeverCutInHalf() {
		for (String line : TextMeasurer.wrap("😀".repeat(300), 50, 10, false)) {
			assertTrue(line.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && c <= Character.MAX_VALUE), line);
		}
		String title = TextMeasurer.ellipsized("😀".repeat(300), 50, 10, false);
		assertTrue(title.endsWith("…"));
		assertTrue(title.codePoints().noneMatch(c -> c <= Character.MAX_VALUE && Character.isSurrogate((char) c)), title);
	}

	@Test
	void aLongTitleIsEllipsizedToItsWidth() {
		String title = TextMeasurer.ellipsized("Service ".repeat(2_000), 200, 12, true);
		assertTrue(title.endsWith("…"));
		assertTrue(TextMeasurer.width(title, 12, true) <= 200);
		assertEquals("GP", TextMeasurer.ellipsized("GP", 200, 12, true));
	}
}
