package carepath.diagram.sheets;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.Diagram;
import carepath.diagram.Obstacles;
import carepath.diagram.Paragraph;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;

/**
 * A system map (or a route over one) too large to read on one page, printed on sheets of one scale
 * to tape together: upright strips, as a layered map runs left to right and its width is what
 * grows, and for a map taller than a sheet also rows of them, numbered row by row. Each cut lies
 * where it crosses no service, badge or text, as near the sheet's edge as that allows (between
 * half the sheet and its edge), so mostly only lines and group boxes run on from sheet to sheet.
 * The scale is the largest, up to 1:1, that needs no more sheets than the legible size does.
 */
final class Strips {
	/** A cut is looked for in the far part of a sheet's room, down to this share of it. */
	private static final double SEARCH = 0.5;

	private Strips() {
	}

	static SheetPlan plan(Diagram diagram, double width, double height, double body, SheetPlan single, int extra) {
		Blocked blocked = Blocked.of(diagram);
		double legible = Math.min(1, SheetPlan.LEGIBLE / body);
		Grid grid = Grid.of(diagram, width, height, legible, blocked);
		for (int step = 0; 1 - step * 0.005 > legible; step++) {
			Grid tried = Grid.of(diagram, width, height, 1 - step * 0.005, blocked);
			if (tried.count() <= grid.count()) {
				grid = tried;
				break;
			}
		}
		if (grid.count() == 1 || grid.scale() < single.scale() * SheetPlan.WORTH_SPLITTING) {
			return single;
		}
		return new SheetPlan(grid.scale(), body, grid.sheets(diagram, extra));
	}

	/** Where a cut should not go ({@link Obstacles}), as spans across the map and down it. */
	private record Blocked(List<double[]> across, List<double[]> down) {
		static Blocked of(Diagram diagram) {
			List<Rect> rects = Obstacles.of(diagram.nodes(), diagram.edges());
			return new Blocked(rects.stream().map(r -> new double[] { r.x(), r.right() }).toList(),
					rects.stream().map(r -> new double[] { r.y(), r.bottom() }).toList());
		}
	}

	/** The cuts of the map at one scale: between columns of sheets and between rows. */
	private record Grid(double scale, List<Double> columnCuts, List<Double> rowCuts) {
		static Grid of(Diagram diagram, double width, double height, double scale, Blocked blocked) {
			return new Grid(scale, cuts(diagram.width(), width / scale, blocked.across()),
					cuts(diagram.height(), height / scale - SheetPlan.HEAD, blocked.down()));
		}

		int count() {
			return (columnCuts.size() + 1) * (rowCuts.size() + 1);
		}

		List<Sheet> sheets(Diagram diagram, int extra) {
			List<Double> xs = bounds(columnCuts, diagram.width());
			List<Double> ys = bounds(rowCuts, diagram.height());
			int columns = xs.size() - 1;
			int rows = ys.size() - 1;
			List<Sheet> sheets = new ArrayList<>();
			for (int row = 0; row < rows; row++) {
				for (int column = 0; column < columns; column++) {
					int number = row * columns + column + 1;
					Rect clip = new Rect(xs.get(column), ys.get(row), xs.get(column + 1) - xs.get(column),
							ys.get(row + 1) - ys.get(row));
					Diagram drawing = SheetPlan.touching(diagram, List.of(clip), node -> node);
					String where = rows == 1 ? "" : " (row " + (row + 1) + ", column " + (column + 1) + ")";
					sheets.add(new Sheet(number, count() + extra, clip.width(), SheetPlan.HEAD + clip.height(), drawing,
							List.of(new Piece(clip, -clip.x(), SheetPlan.HEAD - clip.y(), drawing)),
							heading(diagram.title(), " — sheet " + number + " of " + (count() + extra) + where, clip.width())));
				}
			}
			return List.copyOf(sheets);
		}

		private static List<Double> bounds(List<Double> cuts, double end) {
			List<Double> bounds = new ArrayList<>();
			bounds.add(0.0);
			bounds.addAll(cuts);
			bounds.add(end);
			return bounds;
		}
	}

	/** The title, shortened with an ellipsis if the sheet is too narrow, then which sheet; flush right. */
	static TextLine heading(String title, String sheet, double width) {
		double room = width - 8 - TextMeasurer.width(sheet, SheetPlan.HEADING_SIZE, true);
		String shown = Paragraph.centred(title, 0, 0, room, SheetPlan.HEADING_SIZE, true).text() + sheet;
		return new TextLine(shown, width - 4 - TextMeasurer.width(shown, SheetPlan.HEADING_SIZE, true), SheetPlan.HEAD - 10,
				SheetPlan.HEADING_SIZE, true, false);
	}

	/** Where the sheets after the first start along one side: each as far on as its room allows at a free place. */
	static List<Double> cuts(double length, double room, List<double[]> blocked) {
		List<Double> cuts = new ArrayList<>();
		double start = 0;
		while (length - start > room) {
			double cut = start + room;
			for (double at = Math.floor(start + room); at >= start + room * SEARCH; at--) {
				if (isFree(at, blocked)) {
					cut = at;
					break;
				}
			}
			cuts.add(cut);
			start = cut;
		}
		return cuts;
	}

	private static boolean isFree(double at, List<double[]> blocked) {
		for (double[] span : blocked) {
			if (at >= span[0] - 2 && at <= span[1] + 2) {
				return false;
			}
		}
		return true;
	}
}
