package carepath.report;

/**
 * How a page carries its drawings: browsers get the SVG inline, the PDF renderer an object it
 * draws as vectors itself (it does not read SVG).
 */
interface MapEmbedding {
	/** Writes the drawing; {@code idPrefix} keeps the ids of several drawings on one page apart. */
	void embed(HtmlBuilder html, PackDiagram diagram, String idPrefix);
}
