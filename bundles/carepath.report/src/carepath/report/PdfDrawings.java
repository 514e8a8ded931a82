package carepath.report;

import java.awt.Shape;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;

import carepath.diagram.Diagram;
import carepath.diagram.export.SheetPainter;
import carepath.diagram.sheets.Sheet;
import carepath.diagram.sheets.SheetPlan;

/**
 * Drawings for the PDF: each becomes an `object` element sized to fit an A3 landscape page, which
 * the PDF renderer asks this class to draw; the diagram is then painted as vectors, as in
 * `carepath render --format pdf`. A journey map too wide to read on one page is drawn on several
 * sheets, as `carepath render` prints it ({@link SheetPlan}): the first under the drawing's
 * heading, each further one on a page of its own.
 */
final class PdfDrawings implements MapEmbedding, FSObjectDrawerFactory {
	static final String TYPE = "application/x-carepath-diagram";
	/** The room for a drawing on an A3 landscape page inside the margins, below its heading, in mm. */
	private static final double WIDTH_MM = 396;
	private static final double HEIGHT_MM = 235;
	private static final double POINTS_PER_MM = 72 / 25.4;

	private final Map<String, Sheet> sheets = new HashMap<>();

	@Override
	public void embed(HtmlBuilder html, PackDiagram diagram, String idPrefix) {
		Diagram drawing = diagram.diagram();
		SheetPlan plan = SheetPlan.of(drawing, WIDTH_MM * POINTS_PER_MM, HEIGHT_MM * POINTS_PER_MM);
		// Millimetres a pixel; on one page as it always was.
		double scale = plan.isSplit() ? plan.scale() / POINTS_PER_MM
				: Math.min(WIDTH_MM / drawing.width(), HEIGHT_MM / drawing.height());
		for (Sheet sheet : plan.sheets()) {
			String key = idPrefix + drawing.id() + (plan.isSplit() ? "/sheet-" + sheet.number() : "");
			sheets.put(key, sheet);
			if (sheet.number() > 1) {
				html.open("div", "class", "sheet", "style", "page-break-before: always;");
			}
			html.open("object", "type", TYPE, "data-diagram", key, "style", String.format(Locale.ROOT,
					"display: block; width: %.1fmm; height: %.1fmm;", sheet.width() * scale, sheet.height() * scale));
			html.text(sheet.heading() != null ? sheet.heading().text() : drawing.title()).close("object");
			if (sheet.number() > 1) {
				html.close("div");
			}
		}
	}

	@Override
	public boolean isReplacedObject(Element element) {
		return element.getNodeName().equals("object") && TYPE.equals(element.getAttribute("type"));
	}

	@Override
	public FSObjectDrawer createDrawer(Element element) {
		return isReplacedObject(element) ? this::draw : null;
	}

	private Map<Shape, String> draw(Element element, double x, double y, double width, double height, OutputDevice device,
			RenderingContext context, int dotsPerPixel) {
		Sheet sheet = sheets.get(element.getAttribute("data-diagram"));
		if (sheet == null) {
			return null;
		}
		float w = (float) (width / dotsPerPixel);
		float h = (float) (height / dotsPerPixel);
		device.drawWithGraphics((float) x, (float) y, w, h, graphics -> {
			graphics.scale(w / sheet.width(), h / sheet.height());
			SheetPainter.paint(sheet, graphics);
		});
		return null;
	}
}
