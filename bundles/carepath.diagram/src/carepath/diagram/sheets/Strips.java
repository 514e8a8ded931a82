package carepath.diagram.sheets;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Paragraph;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;

/**
 * A system map (or a route over one) too wide to read on one page, printed as upright strips of
 * the drawing on sheets of the same scale, to tape side by side: a layered map runs left to right,
 * so its width is what grows. Each strip is cut where the cut crosses no service, badge or text,
 * as near the sheet's edge as that allows, so only lines and group boxes run from sheet to sheet.
 * The scale is the largest (up to 1:1 and the height of the page) that needs no more sheets than
 * the legible size does; a map too tall to be legible is printed as large as its height allows.
 */
final class Strips {
	/** A cut is looked for in the right part of a sheet's room, down to this share of it. */
	private static final double SEARCH = 0.5;

	private Strips() {
	}

	static SheetPlan plan(Diagram diagram, double width, double height, double body, SheetPlan single) {
		double sheetHeight = SheetPlan.HEAD + diagram.height();
		double largest = Math.min(1, height / sheetHeight);
		double scale = Math.min(largest, SheetPlan.LEGIBLE / body);
		List<Rect> blocked = blocked(diagram);
		List<Double> cuts = cuts(diagram.width(), width / scale, blocked);
		for (int step = 0; largest - step * 0.005 > scale; step++) {
			double candidate = largest - step * 0.005;
			List<Double> tried = cuts(diagram.width(), width / candidate, blocked);
			if (tried.size() <= cuts.size()) {
				scale = candidate;
				cuts = tried;
				break;
			}
		}
		if (cuts.isEmpty() || scale < single.scale() * SheetPlan.WORTH_SPLITTING) {
			return single;
		}
		return new SheetPlan(scale, body, sheets(diagram, cuts));
	}

	/** What a cut should not cross: services, badges and hop circles, and every line of text. */
	private static List<Rect> blocked(Diagram diagram) {
		List<Rect> blocked = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			String role = node.role();
			if (role.startsWith("service") || role.startsWith("finding") || role.startsWith("hop")) {
				blocked.add(node.bounds());
			}
			node.text().forEach(line -> blocked.add(extent(line)));
		}
		for (DiagramEdge edge : diagram.edges()) {
			edge.labels().forEach(line -> blocked.add(extent(line)));
		}
		return blocked;
	}

	private static Rect extent(TextLine line) {
		double width = TextMeasurer.width(line.text(), line.size(), line.bold());
		double left = line.centred() ? line.x() - width / 2 : line.x();
		return new Rect(left, line.y() - line.size(), width, line.size() * 1.25);
	}

	/** Where the sheets after the first start: each as far right as its room allows at a free place. */
	static List<Double> cuts(double diagramWidth, double room, List<Rect> blocked) {
		List<Double> cuts = new ArrayList<>();
		double start = 0;
		while (diagramWidth - start > room) {
			double cut = start + room;
			for (double x = Math.floor(start + room); x >= start + room * SEARCH; x--) {
				if (isFree(x, blocked)) {
					cut = x;
					break;
				}
			}
			cuts.add(cut);
			start = cut;
		}
		return cuts;
	}

	private static boolean isFree(double x, List<Rect> blocked) {
		for (Rect rect : blocked) {
			if (x >= rect.x() - 2 && x <= rect.right() + 2) {
				return false;
			}
		}
		return true;
	}

	private static List<Sheet> sheets(Diagram diagram, List<Double> cuts) {
		List<Double> bounds = new ArrayList<>();
		bounds.add(0.0);
		bounds.addAll(cuts);
		bounds.add(diagram.width());
		int count = bounds.size() - 1;
		double height = SheetPlan.HEAD + diagram.height();
		List<Sheet> sheets = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			double from = bounds.get(k);
			double to = bounds.get(k + 1);
			Rect clip = new Rect(from, 0, to - from, diagram.height());
			Diagram drawing = SheetPlan.touching(diagram, List.of(clip), node -> node);
			String sheet = " — sheet " + (k + 1) + " of " + count;
			double room = to - from - 8 - TextMeasurer.width(sheet, SheetPlan.HEADING_SIZE, true);
			String shown = Paragraph.centred(diagram.title(), 0, 0, room, SheetPlan.HEADING_SIZE, true).text() + sheet;
			TextLine heading = new TextLine(shown, to - from - 4 - TextMeasurer.width(shown, SheetPlan.HEADING_SIZE, true),
					SheetPlan.HEAD - 10, SheetPlan.HEADING_SIZE, true, false);
			sheets.add(new Sheet(k + 1, count, to - from, height, drawing,
					List.of(new Piece(clip, -from, SheetPlan.HEAD, drawing)), heading));
		}
		return List.copyOf(sheets);
	}
}
