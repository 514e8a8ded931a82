package carepath.diagram.export;

import java.awt.Graphics2D;

import com.github.weisj.jsvg.view.ViewBox;

import carepath.diagram.Diagram;
import carepath.diagram.MissingGlyphs;
import carepath.diagram.svg.SvgRenderer;

/**
 * Draws a diagram onto any Java2D surface (an image, a PDF page, a page of the workshop pack), in
 * the diagram's own units, from the same SVG the other outputs use; characters the font lacks are
 * drawn as white squares ({@link MissingGlyphs}).
 */
public final class DiagramPainter {
	private DiagramPainter() {
	}

	public static void paint(Diagram diagram, Graphics2D graphics) {
		SvgDocuments.load(MissingGlyphs.shownAsBoxes(SvgRenderer.render(diagram))).render(null, graphics,
				new ViewBox(0, 0, (float) diagram.width(), (float) diagram.height()));
	}
}
