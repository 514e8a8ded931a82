package carepath.diagram.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import carepath.diagram.Diagram;

/** A diagram as a PNG image, drawn from its SVG by JSVG at a chosen scale (2 for print-sharp images). */
public final class PngExport {
	/**
	 * The most pixels an image gets (256 MB while drawn): a 500-step journey map at twice its size
	 * would take a gigabyte, so very large diagrams are drawn at a smaller scale instead.
	 */
	static final double MAX_PIXELS = 64_000_000;

	private PngExport() {
	}

	public static byte[] png(Diagram diagram, double wantedScale) {
		double scale = scaleFor(diagram, wantedScale);
		int width = (int) Math.ceil(diagram.width() * scale);
		int height = (int) Math.ceil(diagram.height() * scale);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.scale(scale, scale);
			DiagramPainter.paint(diagram, graphics);
		} finally {
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The wanted scale, or less where the image would have more than {@link #MAX_PIXELS}. */
	static double scaleFor(Diagram diagram, double wantedScale) {
		return Math.min(wantedScale, Math.sqrt(MAX_PIXELS / (diagram.width() * diagram.height())));
	}
}
