package carepath.diagram.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import carepath.diagram.Diagram;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * A diagram as a one-page PDF on A3 landscape, the sheet workshops print: drawn as vectors from its
 * SVG (JSVG onto PDFBox's Graphics2D), scaled to fit within a margin and centred.
 */
public final class PdfExport {
	/** A3 landscape in PDF points. */
	public static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());
	static final float MARGIN = 28;

	private PdfExport() {
	}

	public static byte[] pdf(Diagram diagram) {
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(diagram.title());
			info.setSubject(diagram.description());
			info.setCreator("Carepath");
			PDPage page = new PDPage(A3_LANDSCAPE);
			document.addPage(page);
			PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, (float) diagram.width(), (float) diagram.height());
			try {
				DiagramPainter.paint(diagram, graphics);
			} finally {
				graphics.dispose();
			}
			PDFormXObject drawing = graphics.getXFormObject();
			float scale = (float) Math.min((A3_LANDSCAPE.getWidth() - 2 * MARGIN) / diagram.width(),
					(A3_LANDSCAPE.getHeight() - 2 * MARGIN) / diagram.height());
			float x = (A3_LANDSCAPE.getWidth() - (float) diagram.width() * scale) / 2;
			float y = (A3_LANDSCAPE.getHeight() - (float) diagram.height() * scale) / 2;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.transform(new Matrix(scale, 0, 0, scale, x, y));
				content.drawForm(drawing);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
