package carepath.diagram.svg;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.FontSubsets;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;
import carepath.diagram.Trace;

/**
 * Writes a laid-out diagram as SVG: a title and description for screen readers, lines first and
 * boxes over them, each element with its stable id and its trace (`data-element`, `data-offset`,
 * `data-length`, `data-line`) for selection in the workbench. The same diagram always gives the
 * same bytes: numbers have one fixed format and nothing depends on time or hashing.
 * <p>
 * Text is measured with DejaVu Sans. A file handed out ({@link #standalone}) carries the glyphs of
 * that font it uses, so it shows as measured on any machine; a drawing inlined in a page
 * ({@link #element}) names the font and leaves it to the page, which loads it once for all its
 * drawings. Several drawings in one page share one id space, so each can be given an id prefix.
 */
public final class SvgRenderer {
	private SvgRenderer() {
	}

	/**
	 * The SVG document, naming its font but not carrying it: what the PNG and PDF exporters draw
	 * from (Java2D has the font), and the cheap form for tests and benchmarks. Files for people to
	 * open come from {@link #standalone}.
	 */
	public static String render(Diagram diagram) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(diagram, "", "");
	}

	/**
	 * The SVG file as `carepath render` and the workbench's export write it: self-contained, with
	 * the glyphs its text uses from DejaVu Sans embedded as `@font-face` rules (one subset for the
	 * regular text, one for the bold), so that a browser without that font still shows the text in
	 * the font it was measured with, fitting its boxes.
	 */
	public static String standalone(Diagram diagram) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(diagram, "", fontFaces(diagram));
	}

	/**
	 * The diagram as an `svg` element to inline in a page, without the XML declaration and without
	 * a font of its own (the page provides DejaVu Sans); every id and every reference to one starts
	 * with {@code prefix}.
	 */
	public static String element(Diagram diagram, String prefix) {
		return element(diagram, prefix, "");
	}

	/** The `@font-face` rules for the characters of the diagram's regular and of its bold text. */
	private static String fontFaces(Diagram diagram) {
		Set<Integer> regular = new TreeSet<>();
		Set<Integer> bold = new TreeSet<>();
		for (DiagramNode node : diagram.nodes()) {
			characters(node.text(), regular, bold);
		}
		for (DiagramEdge edge : diagram.edges()) {
			characters(edge.labels(), regular, bold);
		}
		return (regular.isEmpty() ? "" : FontSubsets.fontFace(false, regular))
				+ (bold.isEmpty() ? "" : FontSubsets.fontFace(true, bold));
	}

	private static void characters(List<TextLine> lines, Set<Integer> regular, Set<Integer> bold) {
		for (TextLine line : lines) {
			line.text().codePoints().forEach((line.bold() ? bold : regular)::add);
		}
	}

	private static String element(Diagram diagram, String prefix, String fontFaces) {
		String p = escape(prefix);
		StringBuilder svg = new StringBuilder(64 * 1024 + fontFaces.length());
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
		svg.append(" width=\"").append(number(diagram.width())).append("\" height=\"").append(number(diagram.height()));
		svg.append("\" viewBox=\"0 0 ").append(number(diagram.width())).append(' ').append(number(diagram.height()));
		svg.append("\" role=\"img\" aria-labelledby=\"").append(p).append("diagram-title ").append(p)
				.append("diagram-desc\" font-family=\"")
				.append(TextMeasurer.FAMILY).append(", Verdana, sans-serif\" data-view=\"").append(escape(diagram.view()))
				.append("\" id=\"").append(p).append("diagram-").append(escape(diagram.id())).append("\">\n");
		svg.append("<title id=\"").append(p).append("diagram-title\">").append(escape(diagram.title())).append("</title>\n");
		svg.append("<desc id=\"").append(p).append("diagram-desc\">").append(escape(diagram.description())).append("</desc>\n");
		String defs = DEFS.replace("id=\"arrow", "id=\"" + p + "arrow");
		if (!fontFaces.isEmpty()) {
			// Base64 and CSS hold no markup characters: the rules need no escaping or CDATA.
			defs = defs.replace("<defs>\n", "<defs>\n<style type=\"text/css\">\n" + fontFaces + "</style>\n");
		}
		svg.append(defs);
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(number(diagram.width())).append("\" height=\"")
				.append(number(diagram.height())).append("\" fill=\"#ffffff\"/>\n");
		svg.append("<g class=\"nodes\">\n");
		for (DiagramNode node : diagram.nodes()) {
			if (isContainer(node)) {
				node(svg, node, p);
			}
		}
		svg.append("</g>\n<g class=\"edges\">\n");
		for (DiagramEdge edge : diagram.edges()) {
			edge(svg, edge, p);
		}
		svg.append("</g>\n<g class=\"nodes\">\n");
		for (DiagramNode node : diagram.nodes()) {
			if (!isContainer(node)) {
				node(svg, node, p);
			}
		}
		svg.append("</g>\n</svg>\n");
		return svg.toString();
	}

	private static final String DEFS = """
			<defs>
			<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#37474f"/></marker>
			<marker id="arrow-red" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#c62828"/></marker>
			<marker id="arrow-orange" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#e06c00"/></marker>
			</defs>
			""";

	/** Groups (categories, lanes) are drawn under the lines, everything else over them. */
	private static boolean isContainer(DiagramNode node) {
		String role = node.role();
		return role.startsWith("category") || role.startsWith("lane-label") || role.startsWith("ecosystem")
				|| role.startsWith("header") || role.startsWith("legend");
	}

	private static void node(StringBuilder svg, DiagramNode node, String prefix) {
		svg.append("<g id=\"").append(prefix).append(escape(node.id())).append("\" class=\"").append(escape(node.role())).append('"');
		trace(svg, node.trace());
		svg.append('>');
		if (node.note() != null && !node.note().isBlank()) {
			svg.append("<title>").append(escape(node.note())).append("</title>");
		}
		Rect box = node.bounds();
		String shape = Style.shape(node.role());
		if (node.role().startsWith("dot") || node.role().startsWith("finding") || node.role().startsWith("hop")) {
			svg.append("<circle cx=\"").append(number(box.centerX())).append("\" cy=\"").append(number(box.centerY()))
					.append("\" r=\"").append(number(Math.min(box.width(), box.height()) / 2)).append('"').append(shape)
					.append("/>");
		} else {
			svg.append("<rect x=\"").append(number(box.x())).append("\" y=\"").append(number(box.y())).append("\" width=\"")
					.append(number(box.width())).append("\" height=\"").append(number(box.height())).append('"').append(shape)
					.append("/>");
		}
		text(svg, node.text(), Style.text(node.role()));
		svg.append("</g>\n");
	}

	private static void edge(StringBuilder svg, DiagramEdge edge, String prefix) {
		svg.append("<g id=\"").append(prefix).append(escape(edge.id())).append("\" class=\"").append(escape(edge.role())).append('"');
		trace(svg, edge.trace());
		svg.append('>');
		if (edge.note() != null && !edge.note().isBlank()) {
			svg.append("<title>").append(escape(edge.note())).append("</title>");
		}
		svg.append("<path d=\"");
		List<Point> points = edge.points();
		for (int index = 0; index < points.size(); index++) {
			svg.append(index == 0 ? "M" : " L").append(number(points.get(index).x())).append(' ')
					.append(number(points.get(index).y()));
		}
		svg.append('"').append(Style.line(edge.role()).replace("url(#", "url(#" + prefix)).append("/>");
		text(svg, edge.labels(), " fill=\"#333333\"");
		svg.append("</g>\n");
	}

	private static void text(StringBuilder svg, List<TextLine> lines, String style) {
		for (TextLine line : lines) {
			svg.append("<text x=\"").append(number(line.x())).append("\" y=\"").append(number(line.y()))
					.append("\" font-size=\"").append(number(line.size())).append('"');
			if (line.bold()) {
				svg.append(" font-weight=\"bold\"");
			}
			if (line.centred()) {
				svg.append(" text-anchor=\"middle\"");
			}
			svg.append(style).append('>').append(escape(line.text())).append("</text>");
		}
	}

	private static void trace(StringBuilder svg, Trace trace) {
		if (trace == null) {
			return;
		}
		svg.append(" data-element=\"").append(escape(trace.element())).append('"');
		if (trace.range().offset() >= 0) {
			svg.append(" data-offset=\"").append(trace.range().offset()).append("\" data-length=\"")
					.append(trace.range().length()).append("\" data-line=\"").append(trace.range().line()).append('"');
		}
	}

	/** One decimal at most, and never the locale's comma. */
	static String number(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		if (rounded == Math.rint(rounded)) {
			return Long.toString((long) rounded);
		}
		return String.format(Locale.ROOT, "%.1f", rounded);
	}

	private static String escape(String text) {
		return Markup.escape(text);
	}
}
