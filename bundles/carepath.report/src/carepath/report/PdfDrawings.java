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
import carepath.diagram.export.DiagramPainter;

/**
 * Drawings for the PDF: each becomes an `object` element sized to fit an A3 landscape page, which
 * the PDF renderer asks this class to draw; the diagram is then painted as vectors, as in
 * `carepath render --format pdf`.
 */
final class PdfDrawings implements MapEmbedding, FSObjectDrawerFactory {
	static final String TYPE = "application/x-carepath-diagram";
	/** The room for a drawing on an A3 landscape page inside the margins, below its heading, in mm. */
	private static final double WIDTH_MM = 396;
	private static final double HEIGHT_MM = 235;

	private final Map<String, Diagram> diagrams = new HashMap<>();

	@Override
	public void embed(HtmlBuilder html, PackDiagram diagram, String idPrefix) {
		Diagram drawing = diagram.diagram();
		double scale = Math.min(WIDTH_MM / drawing.width(), HEIGHT_MM / drawing.height());
		String key = idPrefix + drawing.id();
		diagrams.put(key, drawing);
		html.open("object", "type", TYPE, "data-diagram", key, "style", String.format(Locale.ROOT,
				"display: block; width: %.1fmm; height: %.1fmm;", drawing.width() * scale, drawing.height() * scale));
		html.text(drawing.title()).close("object");
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
		Diagram diagram = diagrams.get(element.getAttribute("data-diagram"));
		if (diagram == null) {
			return null;
		}
		float w = (float) (width / dotsPerPixel);
		float h = (float) (height / dotsPerPixel);
		device.drawWithGraphics((float) x, (float) y, w, h, graphics -> {
			graphics.scale(w / diagram.width(), h / diagram.height());
			DiagramPainter.paint(diagram, graphics);
		});
		return null;
	}
}
