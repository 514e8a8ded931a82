package carepath.diagram.export;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;

/**
 * The text of a drawing as an invisible layer over it, in the font it is drawn in, so that the
 * PDF can be searched and its text selected and copied (the drawing itself shows text as shapes).
 * Characters the font lacks are left out of the layer.
 */
final class PdfTextLayer {
	private final PDDocument document;
	private final Map<Boolean, PDType0Font> fonts = new HashMap<>();
	private final Map<String, Boolean> encodable = new HashMap<>();

	PdfTextLayer(PDDocument document) {
		this.document = document;
	}

	/**
	 * Writes the lines, placed in a drawing whose top left corner is at {@code left, top} on the page
	 * and drawn at {@code scale} points a pixel.
	 */
	void write(PDPageContentStream content, List<TextLine> lines, float scale, float left, float top) throws IOException {
		if (lines.isEmpty()) {
			return;
		}
		content.beginText();
		content.setRenderingMode(RenderingMode.NEITHER);
		for (TextLine line : lines) {
			PDType0Font font = font(line.bold());
			String text = printable(font, line.bold(), line.text());
			if (text.isBlank()) {
				continue;
			}
			double x = line.centred() ? line.x() - TextMeasurer.width(line.text(), line.size(), line.bold()) / 2 : line.x();
			content.setFont(font, (float) (line.size() * scale));
			content.setTextMatrix(Matrix.getTranslateInstance(left + (float) (x * scale), top - (float) (line.y() * scale)));
			// A space after each line keeps it apart from the next when text is copied or extracted.
			content.showText(text + " ");
		}
		content.endText();
	}

	private PDType0Font font(boolean bold) throws IOException {
		PDType0Font font = fonts.get(bold);
		if (font == null) {
			font = PDType0Font.load(document, TextMeasurer.fontFile(bold), true);
			fonts.put(bold, font);
		}
		return font;
	}

	private String printable(PDType0Font font, boolean bold, String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			String character = new String(Character.toChars(c));
			if (c >= 0x20 && encodable.computeIfAbsent((bold ? "b" : "r") + character, key -> canEncode(font, character))) {
				kept.append(character);
			}
		});
		return kept.toString();
	}

	private static boolean canEncode(PDType0Font font, String character) {
		try {
			font.encode(character);
			return true;
		} catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}
}
