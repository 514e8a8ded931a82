package carepath.diagram.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;

import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;
import carepath.diagram.sheets.Piece;
import carepath.diagram.sheets.Sheet;

/**
 * Draws one sheet of a diagram onto any Java2D surface (a PDF page, a page of the workshop pack),
 * in the sheet's pixels: each piece of the diagram clipped and moved into place, and the heading.
 * A diagram printed whole is drawn exactly as {@link DiagramPainter} draws it. The sheets of a map
 * are planned by {@link carepath.diagram.sheets.SheetPlan}.
 */
public final class SheetPainter {
	/** The colour of the sheet's heading: that of the group titles on the diagrams. */
	private static final Color HEADING = new Color(0x44515c);

	private SheetPainter() {
	}

	public static void paint(Sheet sheet, Graphics2D graphics) {
		if (sheet.count() == 1) {
			DiagramPainter.paint(sheet.drawing(), graphics);
			return;
		}
		graphics.setColor(Color.WHITE);
		graphics.fill(new Rectangle2D.Double(0, 0, sheet.width(), sheet.height()));
		for (Piece piece : sheet.pieces()) {
			Graphics2D part = (Graphics2D) graphics.create();
			try {
				part.translate(piece.dx(), piece.dy());
				part.clip(new Rectangle2D.Double(piece.clip().x(), piece.clip().y(), piece.clip().width(),
						piece.clip().height()));
				DiagramPainter.paint(piece.drawing(), part);
			} finally {
				part.dispose();
			}
		}
		TextLine heading = sheet.heading();
		if (heading != null) {
			// As shapes, as the diagram's own text is drawn: the same on every surface, whatever fonts it knows.
			GlyphVector glyphs = TextMeasurer.font(heading.size(), heading.bold())
					.createGlyphVector(new FontRenderContext(null, true, true), heading.text());
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setColor(HEADING);
			graphics.fill(glyphs.getOutline((float) heading.x(), (float) heading.y()));
		}
	}
}
