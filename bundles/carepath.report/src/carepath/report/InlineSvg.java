package carepath.report;

import carepath.diagram.svg.SvgRenderer;

/** Drawings as inline SVG: the page stays one file that opens offline, and its text can be searched. */
final class InlineSvg implements MapEmbedding {
	@Override
	public void embed(HtmlBuilder html, PackDiagram diagram, String idPrefix) {
		html.trusted(SvgRenderer.element(diagram.diagram(), idPrefix));
	}
}
