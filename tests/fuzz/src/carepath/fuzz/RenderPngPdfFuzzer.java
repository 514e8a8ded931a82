package carepath.fuzz;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import carepath.diagram.Diagram;
import carepath.diagram.export.ExportFormat;

/**
 * Drawing as PNG and PDF: every view of every map in a file that checks without errors must be
 * drawn; the PNG must decode as an image and the PDF load as a document with a page.
 */
public final class RenderPngPdfFuzzer {
	private RenderPngPdfFuzzer() {
	}

	public static void fuzzerInitialize() {
		System.setProperty("java.awt.headless", "true");
		Models.load("need warmup \"Warm up\"\n");
	}

	public static void fuzzerTestOneInput(byte[] data) {
		Models.forEachDrawing(data, RenderPngPdfFuzzer::requireReadable);
	}

	private static void requireReadable(String name, Diagram diagram) {
		byte[] png = ExportFormat.PNG.bytes(diagram);
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
				throw new Models.Violation(name + ".png is not a PNG image");
			}
		} catch (IOException e) {
			throw new Models.Violation(name + ".png does not decode: " + e.getMessage(), e);
		}
		byte[] pdf = ExportFormat.PDF.bytes(diagram);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.getNumberOfPages() < 1) {
				throw new Models.Violation(name + ".pdf has no page");
			}
		} catch (IOException e) {
			throw new Models.Violation(name + ".pdf does not load: " + e.getMessage(), e);
		}
	}
}
