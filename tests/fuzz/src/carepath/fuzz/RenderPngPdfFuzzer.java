package carepath.fuzz;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import carepath.diagram.Diagram;
import carepath.diagram.export.ExportFormat;
import carepath.diagram.system.SystemMapGenerator.Grouping;

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
		Models.Loaded loaded = Models.checked(data);
		if (loaded == null) {
			return;
		}
		Grouping grouping = (data.length & 1) == 0 ? Grouping.CATEGORY : Grouping.SETTING;
		for (Models.Item item : Models.views(loaded, grouping)) {
			Diagram diagram = item.diagram().get();
			byte[] png = ExportFormat.PNG.bytes(diagram);
			try {
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
				if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
					throw new Models.Violation(item.name() + ".png is not a PNG image");
				}
			} catch (IOException e) {
				throw new Models.Violation(item.name() + ".png does not decode: " + e.getMessage(), e);
			}
			byte[] pdf = ExportFormat.PDF.bytes(diagram);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				if (document.getNumberOfPages() < 1) {
					throw new Models.Violation(item.name() + ".pdf has no page");
				}
			} catch (IOException e) {
				throw new Models.Violation(item.name() + ".pdf does not load: " + e.getMessage(), e);
			}
		}
	}
}
