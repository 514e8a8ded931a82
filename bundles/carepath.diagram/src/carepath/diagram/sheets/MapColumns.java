package carepath.diagram.sheets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;

/**
 * The layout of a journey map as the sheets cut it, read from the laid-out diagram by the roles
 * of its boxes: the column of lane labels on the left, the columns of steps (one per step, or one
 * for an empty stage) grouped under their stage bands, and the header's boxes and lines of text,
 * which a cut must not go through.
 */
final class MapColumns {
	/** One column of the map and the stage band over it. */
	record Column(double left, double right, DiagramNode stage) {
	}

	final List<Column> columns;
	/** Where the label column ends: half way to the first column of steps. */
	final double labelCut;
	/** The top of the first lane: the repeated label column starts here. */
	final double lanesTop;
	/** The top and bottom of everything drawn. */
	final double top;
	final double bottom;
	/** Extents (left, right) of the header's boxes and lines, which are not to be cut. */
	private final List<double[]> whole;

	private MapColumns(List<Column> columns, double labelCut, double lanesTop, double top, double bottom, List<double[]> whole) {
		this.columns = columns;
		this.labelCut = labelCut;
		this.lanesTop = lanesTop;
		this.top = top;
		this.bottom = bottom;
		this.whole = whole;
	}

	/** The layout of a journey map; null when the diagram has no stages or no lanes to cut by. */
	static MapColumns of(Diagram diagram) {
		List<DiagramNode> stages = diagram.nodes().stream().filter(node -> node.role().equals("stage"))
				.sorted(Comparator.comparingDouble(node -> node.bounds().x())).toList();
		List<DiagramNode> labels = diagram.nodes().stream().filter(node -> node.role().startsWith("lane-label")).toList();
		if (stages.isEmpty() || labels.isEmpty()) {
			return null;
		}
		List<Column> columns = new ArrayList<>();
		for (DiagramNode stage : stages) {
			Rect band = stage.bounds();
			List<Rect> cards = diagram.nodes().stream().filter(MapColumns::isStep).map(DiagramNode::bounds)
					.filter(card -> card.x() >= band.x() - 0.5 && card.right() <= band.right() + 0.5)
					.sorted(Comparator.comparingDouble(Rect::x)).toList();
			if (cards.isEmpty()) {
				columns.add(new Column(band.x(), band.right(), stage));
			}
			for (Rect card : cards) {
				if (columns.isEmpty() || card.x() > columns.get(columns.size() - 1).left() + 0.5) {
					columns.add(new Column(card.x(), card.right(), stage));
				}
			}
		}
		double labelRight = labels.stream().mapToDouble(node -> node.bounds().right()).max().orElseThrow();
		double lanesTop = labels.stream().mapToDouble(node -> node.bounds().y()).min().orElseThrow();
		double stagesTop = stages.stream().mapToDouble(node -> node.bounds().y()).min().orElseThrow();
		double top = Double.MAX_VALUE;
		double bottom = 0;
		List<double[]> whole = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			top = Math.min(top, node.bounds().y());
			bottom = Math.max(bottom, node.bounds().bottom());
			for (TextLine line : node.text()) {
				top = Math.min(top, line.y() - line.size());
				bottom = Math.max(bottom, line.y() + line.size() / 3);
			}
			if (node.bounds().bottom() <= stagesTop) {
				if (node.role().equals("header")) {
					node.text().forEach(line -> whole.add(extent(line)));
				} else {
					whole.add(new double[] { node.bounds().x(), node.bounds().right() });
				}
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			for (Point point : edge.points()) {
				top = Math.min(top, point.y());
				bottom = Math.max(bottom, point.y());
			}
		}
		return new MapColumns(List.copyOf(columns), (labelRight + columns.get(0).left()) / 2, lanesTop,
				Math.max(0, top - 2), Math.min(diagram.height(), bottom + 4), whole);
	}

	private static boolean isStep(DiagramNode node) {
		return node.role().equals("step") || node.role().startsWith("step ");
	}

	private static double[] extent(TextLine line) {
		double width = TextMeasurer.width(line.text(), line.size(), line.bold());
		double left = line.centred() ? line.x() - width / 2 : line.x();
		return new double[] { left, left + width };
	}

	int count() {
		return columns.size();
	}

	/** Where a sheet starting at column {@code index} begins: half way across the gap before it. */
	double cut(int index) {
		return index == 0 ? labelCut : (columns.get(index - 1).right() + columns.get(index).left()) / 2;
	}

	/** Whether the cut before column {@code index} falls between two stages. */
	boolean isStageBoundary(int index) {
		return index > 0 && columns.get(index - 1).stage() != columns.get(index).stage();
	}

	/** Whether the cut before column {@code index} would go through the header's boxes or text. */
	boolean isBlocked(int index) {
		double x = cut(index);
		return whole.stream().anyMatch(extent -> extent[0] < x && x < extent[1]);
	}
}
