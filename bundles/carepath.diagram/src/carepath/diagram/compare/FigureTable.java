package carepath.diagram.compare;

import static carepath.diagram.compare.ComparisonGenerator.BODY;
import static carepath.diagram.compare.ComparisonGenerator.PAD;

import java.util.ArrayList;
import java.util.List;

import carepath.analysis.compare.FigureChange;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Paragraph;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;

/**
 * The figures of both journeys under the stages: label, as-is, to-be and the change, one row per
 * figure, as `carepath compare` prints them. Pain point counts of a kind that neither journey has
 * are left out: six rows of zeros would bury the figures that moved.
 */
final class FigureTable {
	static final double LABEL = 240;
	static final double VALUE = 130;
	static final double ROW = 22;
	static final String[] HEADINGS = { "Figure", "As-is", "To-be", "Change" };

	private final List<FigureChange> figures;

	FigureTable(List<FigureChange> figures) {
		this.figures = figures.stream().filter(FigureTable::worthShowing).toList();
	}

	static double width() {
		return LABEL + 3 * VALUE;
	}

	private static boolean worthShowing(FigureChange figure) {
		return !figure.key().startsWith("pain-points-") || figure.before().value() != 0 || figure.after().value() != 0;
	}

	/** Draws the table from (left, top); returns its bottom. */
	double draw(double left, double top, List<DiagramNode> nodes, List<DiagramEdge> edges) {
		List<TextLine> headings = new ArrayList<>();
		for (int index = 0; index < HEADINGS.length; index++) {
			headings.addAll(cell(HEADINGS[index], index, left, top + PAD - 1, true).lines());
		}
		nodes.add(new DiagramNode("compare/figures", "column-head", new Rect(left, top, width(), ROW), headings, null, null));
		double y = top + ROW;
		for (FigureChange figure : figures) {
			y = row(figure, left, y, nodes, edges);
		}
		return y;
	}

	private double row(FigureChange figure, double left, double top, List<DiagramNode> nodes, List<DiagramEdge> edges) {
		String difference = figure.differenceDisplay();
		boolean moved = !difference.equals("0") && !difference.equals("-");
		String[] values = { figure.label(), figure.before().display(), figure.after().display(), difference };
		List<TextLine> text = new ArrayList<>();
		double height = ROW;
		for (int index = 0; index < values.length; index++) {
			Paragraph paragraph = cell(values[index], index, left, top + PAD - 1, index == 3 && moved);
			text.addAll(paragraph.lines());
			height = Math.max(height, paragraph.height() + 2 * PAD - 2);
		}
		String id = "compare/figure/" + figure.key();
		nodes.add(new DiagramNode(id + "/label", "lane-label", new Rect(left, top, LABEL, height), List.of(), null, null));
		nodes.add(new DiagramNode(id, "figure", new Rect(left, top, width(), height), text, null, null));
		edges.add(new DiagramEdge(id + "/line", "lane-line",
				List.of(new Point(left, top + height), new Point(left + width(), top + height)), List.of(), null, null));
		return top + height;
	}

	/** The text of one cell: the label column left-aligned, the values centred in theirs. */
	private static Paragraph cell(String text, int column, double left, double top, boolean bold) {
		if (column == 0) {
			return Paragraph.of(text, left + PAD, top, LABEL - 2 * PAD, BODY, bold);
		}
		double centre = left + LABEL + (column - 1) * VALUE + VALUE / 2;
		List<TextLine> lines = ComparisonGenerator.centred(text, centre, top, VALUE - 2 * PAD, BODY, bold);
		return new Paragraph(lines, lines.size() * TextMeasurer.lineHeight(BODY));
	}
}
