package carepath.diagram.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import carepath.diagram.Diagram;
import carepath.diagram.svg.SvgRenderer;

/**
 * The files a diagram is exported as: SVG (carrying the glyphs of its font), PNG (twice the size,
 * for print) or PDF on A3 landscape (a wide journey map on several sheets).
 */
public enum ExportFormat {
	SVG, PNG, PDF;

	public byte[] bytes(Diagram diagram) {
		return switch (this) {
		case SVG -> SvgRenderer.standalone(diagram).getBytes(StandardCharsets.UTF_8);
		case PNG -> PngExport.png(diagram, 2.0);
		case PDF -> PdfExport.pdf(diagram);
		};
	}

	/** The format a file name asks for by its extension; SVG when it names none of them. */
	public static ExportFormat ofFile(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".png") ? PNG : lower.endsWith(".pdf") ? PDF : SVG;
	}
}
