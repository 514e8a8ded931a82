package carepath.diagram.sheets;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;
import carepath.diagram.key.Annex;

/**
 * One printed page of a diagram, in the diagram's pixels: {@code width} by {@code height}, showing
 * its pieces under a heading such as "Sam looks for help — sheet 2 of 3" (null when the diagram is
 * printed whole, as it always was). {@code drawing} is all the sheet shows of the diagram: the
 * whole diagram, or for a map on several sheets the boxes and lines of its pieces.
 */
public record Sheet(int number, int count, double width, double height, Diagram drawing, List<Piece> pieces,
		TextLine heading) {

	/** Whether this is the sheet after a map's own that holds only its key and findings list. */
	public boolean isKeyAndFindings() {
		return !drawing.nodes().isEmpty() && drawing.nodes().stream().allMatch(node -> Annex.isPart(node.id()));
	}

	/**
	 * Every line of text the sheet shows, placed in the sheet's coordinates: for the text layer that
	 * makes a PDF searchable. A line cut by the edge of a piece counts as shown.
	 */
	public List<TextLine> text() {
		List<TextLine> lines = new ArrayList<>();
		if (heading != null) {
			lines.add(heading);
		}
		for (Piece piece : pieces) {
			for (DiagramNode node : piece.drawing().nodes()) {
				add(lines, node.text(), piece);
			}
			for (DiagramEdge edge : piece.drawing().edges()) {
				add(lines, edge.labels(), piece);
			}
		}
		return lines;
	}

	private static void add(List<TextLine> lines, List<TextLine> text, Piece piece) {
		for (TextLine line : text) {
			double width = TextMeasurer.width(line.text(), line.size(), line.bold());
			double left = line.centred() ? line.x() - width / 2 : line.x();
			if (piece.shows(left, line.y() - line.size(), left + width, line.y())) {
				lines.add(new TextLine(line.text(), line.x() + piece.dx(), line.y() + piece.dy(), line.size(), line.bold(),
						line.centred()));
			}
		}
	}
}
