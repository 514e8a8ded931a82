package carepath.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

/**
 * Every code point has a decided form in SVG and HTML text: markup escaped, emoji kept, carriage
 * returns left out, and what XML forbids or nothing shows (controls, noncharacters, half surrogate
 * pairs) as U+FFFD, so the document is always well-formed.
 */
class MarkupTest {

	@Test
	void markupIsEscapedAndEmojiKept() {
		assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; 😀 שלום", Markup.escape("<b> & \"x\" 'y' 😀 שלום"));
	}

	@Test
	void whatNothingShowsBecomesTheReplacementCharacter() {
		assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg", Markup.escape("a\uFFFEb\uFFFFc\u001Bd\u0085e\uD83Df\uFDD0g"));
		assertEquals("a\tb\nc", Markup.escape("a\tb\r\nc"));
		assertEquals("x\uFFFD", Markup.escape("x\uDBFF\uDFFF"), "U+10FFFF is a noncharacter");
	}

	@Test
	void theResultIsWellFormedForEveryBasicCodePoint() throws Exception {
		StringBuilder all = new StringBuilder();
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			all.append((char) c);
		}
		String xml = "<t>" + Markup.escape(all.toString()) + "</t>";
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}
}
