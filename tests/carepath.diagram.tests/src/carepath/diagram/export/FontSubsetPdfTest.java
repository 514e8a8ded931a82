package carepath.diagram.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramNode;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;

/**
 * A PDF whose bold text mixes Arabic, a zero-width non-joiner and a letterlike symbol: PDFBox
 * 3.0.6 failed to subset DejaVu Sans Bold for it (ConcurrentModificationException in
 * TTFSubsetter); found by trying scripts, emoji and marks together, as text pasted from
 * whiteboards and chats brings them.
 */
class FontSubsetPdfTest {

	@Test
	void arabicAJoinerControlAndASymbolInBoldMakeAPdf() {
		String text = "\u0628\u200c\u2103 مرحبا \u200d שלום ℃ 😀 e\u0301";
		DiagramNode box = new DiagramNode("box", "service", new Rect(10, 10, 300, 60),
				List.of(new TextLine(text, 20, 30, 14, true, false), new TextLine(text, 20, 50, 12, false, false)), null, null);
		Diagram diagram = new Diagram("d", "system", text, text, 400, 200, List.of(box), List.of());
		byte[] pdf = PdfExport.pdf(diagram);
		assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "a PDF");
	}
}
