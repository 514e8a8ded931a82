package carepath.diagram.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import carepath.diagram.Diagram;
import carepath.diagram.sheets.Sheet;
import carepath.diagram.sheets.SheetPlan;
import carepath.diagram.svg.SvgRenderer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * A diagram as a PDF on A3 landscape, the sheet workshops print: drawn as vectors from its SVG
 * (JSVG onto PDFBox's Graphics2D), with its text as an invisible layer so that the PDF can be
 * searched; the same diagram always gives the same bytes. A diagram whose text stays legible on
 * one page is scaled to fit it within a margin and centred, as always; a journey map too wide for
 * that is printed on several sheets to lay side by side ({@link SheetPlan}), each placed at the
 * top left of its page at the same scale.
 */
public final class PdfExport {
	/** A3 landscape in PDF points. */
	public static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());
	static final float MARGIN = 28;

	private PdfExport() {
	}

	/** How a diagram is laid out on the A3 pages of {@link #pdf}. */
	public static SheetPlan plan(Diagram diagram) {
		return SheetPlan.of(diagram, A3_LANDSCAPE.getWidth() - 2 * MARGIN, A3_LANDSCAPE.getHeight() - 2 * MARGIN);
	}

	public static byte[] pdf(Diagram diagram) {
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(diagram.title());
			info.setSubject(diagram.description());
			info.setCreator("Carepath");
			// The file identifier PDFBox writes comes from this number, else from the clock.
			document.setDocumentId(checksum(diagram));
			SheetPlan plan = plan(diagram);
			PdfTextLayer text = new PdfTextLayer(document);
			float scale = (float) plan.scale();
			for (Sheet sheet : plan.sheets()) {
				PDPage page = new PDPage(A3_LANDSCAPE);
				document.addPage(page);
				PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, (float) sheet.width(), (float) sheet.height());
				try {
					SheetPainter.paint(sheet, graphics);
				} finally {
					graphics.dispose();
				}
				PDFormXObject drawing = graphics.getXFormObject();
				float width = (float) sheet.width() * scale;
				float height = (float) sheet.height() * scale;
				// One page: centred, as always. Several sheets: at the top left, so that they line up.
				float x = plan.isSplit() ? MARGIN : (A3_LANDSCAPE.getWidth() - width) / 2;
				float y = plan.isSplit() ? A3_LANDSCAPE.getHeight() - MARGIN - height : (A3_LANDSCAPE.getHeight() - height) / 2;
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.saveGraphicsState();
					content.transform(new Matrix(scale, 0, 0, scale, x, y));
					content.drawForm(drawing);
					content.restoreGraphicsState();
					text.write(content, sheet.text(), scale, x, y + height);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A number that changes with what is drawn, so that the same diagram gives the same bytes. */
	private static long checksum(Diagram diagram) {
		CRC32 crc = new CRC32();
		crc.update(SvgRenderer.render(diagram).getBytes(StandardCharsets.UTF_8));
		return crc.getValue();
	}
}
