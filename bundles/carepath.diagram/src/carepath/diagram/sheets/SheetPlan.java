package carepath.diagram.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Paragraph;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;

/**
 * How a diagram is printed: on one page, scaled to fit, or, for a journey map too wide to read
 * that way, on several sheets of the same size and scale to lay side by side on the wall.
 * <p>
 * A map is split when fitting it on one page would set its body text (the size most of its text
 * is in) below {@link #LEGIBLE} points. It is then cut between columns, at stage boundaries where
 * a stage fits on a sheet; a stage wider than a sheet is cut between steps, and starts on the
 * sheet before if there is room. Every sheet shows the whole height of the map, so the lanes line
 * up from sheet to sheet; sheets after the first repeat the lane labels on their left, a stage
 * cut in two is labelled on both parts, and each sheet is headed with the map's title and
 * "sheet k of n". The scale is the largest (up to 1:1 and the height of the page) that needs no
 * more sheets, and no more cuts inside stages, than the legible size does.
 * <p>
 * Everything is in the diagram's pixels, drawn at {@code scale} points each; the same diagram
 * always gives the same plan.
 */
public record SheetPlan(double scale, double bodySize, List<Sheet> sheets) {
	/**
	 * The smallest body text, in points, that a workshop can read on a printed map: the size of
	 * footnotes in print, read at arm's length from the wall or the table. Below it, a map is split.
	 */
	public static final double LEGIBLE = 7;
	/** A map is split only if that makes its text at least this much larger than on one page. */
	static final double WORTH_SPLITTING = 1.15;
	/** The band at the top of each sheet for its heading, and the heading's size. */
	static final double HEAD = 28;
	static final double HEADING_SIZE = 12;

	/** Whether the diagram is printed on several sheets. */
	public boolean isSplit() {
		return sheets.size() > 1;
	}

	/** The sheets that show the map, without the sheet of its key and findings that may follow them. */
	public List<Sheet> mapSheets() {
		return sheets.stream().filter(sheet -> !sheet.isKeyAndFindings()).toList();
	}

	/** The size, in points, that the body text is printed at. */
	public double bodyPoints() {
		return bodySize * scale;
	}

	/** The plan for a diagram on pages whose drawing area is {@code width} by {@code height} points. */
	public static SheetPlan of(Diagram diagram, double width, double height) {
		double whole = Math.min(width / diagram.width(), height / diagram.height());
		AnnexSheet annex = AnnexSheet.of(diagram);
		// The size of the map's text, not of its key and findings list.
		double body = bodySize(annex == null ? diagram : annex.map());
		SheetPlan single = new SheetPlan(whole, body, List.of(new Sheet(1, 1, diagram.width(), diagram.height(), diagram,
				List.of(new Piece(new Rect(0, 0, diagram.width(), diagram.height()), 0, 0, diagram)), null)));
		if (body * whole >= LEGIBLE) {
			return single;
		}
		// The map's key and findings list go on a sheet of their own after the map's.
		if (annex == null) {
			return split(diagram, width, height, body, single, 0);
		}
		// The map on a page of its own (as a map printed whole always was, with no sheet heading), its
		// key and findings on the next: when the map alone is legible on a page, or splitting it would
		// not make it larger enough.
		Diagram map = annex.map();
		double mapScale = Math.min(width / map.width(), height / map.height());
		double annexScale = Math.min(width / annex.bounds().width(), height / (HEAD + annex.bounds().height()));
		Sheet mapSheet = new Sheet(1, 2, map.width(), map.height(), map,
				List.of(new Piece(new Rect(0, 0, map.width(), map.height()), 0, 0, map)), null);
		SheetPlan onePage = new SheetPlan(Math.min(mapScale, annexScale), body,
				List.of(mapSheet, annex.sheet(map.title(), 2)));
		if (body * mapScale >= LEGIBLE) {
			return onePage;
		}
		SheetPlan split = split(map, width, height, body, onePage, 1);
		if (split == onePage) {
			return onePage;
		}
		List<Sheet> sheets = new ArrayList<>(split.sheets());
		sheets.add(annex.sheet(diagram.title(), sheets.size() + 1));
		return new SheetPlan(split.scale(), body, List.copyOf(sheets));
	}

	/** The plan of a map too small to read on one page: on several sheets where that helps, else {@code single}. */
	private static SheetPlan split(Diagram diagram, double width, double height, double body, SheetPlan single, int extra) {
		if (diagram.view().equals("system") || diagram.view().equals("route")) {
			return Strips.plan(diagram, width, height, body, single, extra);
		}
		if (!diagram.view().equals("journey")) {
			return single;
		}
		MapColumns map = MapColumns.of(diagram);
		if (map == null || map.count() < 2) {
			return single;
		}
		double sheetHeight = HEAD + map.bottom - map.top;
		double largest = Math.min(1, height / sheetHeight);
		double legible = LEGIBLE / body;
		double scale = largest;
		List<Integer> starts = pack(map, diagram.width(), width / largest - map.labelCut);
		if (largest > legible) {
			List<Integer> fewest = pack(map, diagram.width(), width / legible - map.labelCut);
			scale = legible;
			List<Integer> chosen = fewest;
			for (double candidate = largest; candidate > legible; candidate -= 0.005) {
				List<Integer> tried = pack(map, diagram.width(), width / candidate - map.labelCut);
				if (tried.size() <= fewest.size() && midStage(map, tried) <= midStage(map, fewest)) {
					scale = candidate;
					chosen = tried;
					break;
				}
			}
			starts = chosen;
		}
		if (starts.isEmpty() || scale < single.scale() * WORTH_SPLITTING) {
			return single;
		}
		return new SheetPlan(scale, body, sheets(diagram, map, starts, extra));
	}

	/** The text size that most characters of the diagram are set in. */
	static double bodySize(Diagram diagram) {
		Map<Double, Integer> characters = new HashMap<>();
		for (DiagramNode node : diagram.nodes()) {
			node.text().forEach(line -> characters.merge(line.size(), line.text().length(), Integer::sum));
		}
		for (DiagramEdge edge : diagram.edges()) {
			edge.labels().forEach(line -> characters.merge(line.size(), line.text().length(), Integer::sum));
		}
		double body = 10;
		int most = 0;
		for (Map.Entry<Double, Integer> size : new TreeMap<>(characters).entrySet()) {
			if (size.getValue() > most) {
				most = size.getValue();
				body = size.getKey();
			}
		}
		return body;
	}

	/**
	 * Where the sheets after the first start (column indexes), filling each sheet from the left:
	 * {@code room} is the width a sheet has for columns besides the label column.
	 */
	static List<Integer> pack(MapColumns map, double diagramWidth, double room) {
		List<Integer> starts = new ArrayList<>();
		int start = 0;
		while (diagramWidth - map.cut(start) > room && start + 1 < map.count()) {
			double from = map.cut(start);
			int reach = start;
			for (int index = start + 1; index < map.count() && map.cut(index) - from <= room; index++) {
				reach = index;
			}
			int chosen;
			if (reach == start) {
				chosen = start + 1; // not even one column fits: one a sheet
			} else {
				int stageCut = -1;
				int columnCut = -1;
				for (int index = start + 1; index <= reach; index++) {
					if (!map.isBlocked(index)) {
						columnCut = index;
						if (map.isStageBoundary(index)) {
							stageCut = index;
						}
					}
				}
				if (stageCut > 0) {
					// A stage that will not fit on a sheet of its own is begun on this one.
					chosen = stageWidth(map, diagramWidth, stageCut) > room && columnCut > stageCut ? columnCut : stageCut;
				} else {
					chosen = columnCut > 0 ? columnCut : reach;
				}
			}
			starts.add(chosen);
			start = chosen;
		}
		return starts;
	}

	/** The width of the stage that starts at column {@code index}. */
	private static double stageWidth(MapColumns map, double diagramWidth, int index) {
		for (int next = index + 1; next < map.count(); next++) {
			if (map.isStageBoundary(next)) {
				return map.cut(next) - map.cut(index);
			}
		}
		return diagramWidth - map.cut(index);
	}

	private static long midStage(MapColumns map, List<Integer> starts) {
		return starts.stream().filter(index -> !map.isStageBoundary(index)).count();
	}

	private static List<Sheet> sheets(Diagram diagram, MapColumns map, List<Integer> starts, int extra) {
		List<Integer> bounds = new ArrayList<>();
		bounds.add(0);
		bounds.addAll(starts);
		bounds.add(map.count());
		int count = bounds.size() - 1;
		double height = HEAD + map.bottom - map.top;
		double dy = HEAD - map.top;
		List<Sheet> sheets = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			int first = bounds.get(k);
			int end = bounds.get(k + 1);
			double from = k == 0 ? 0 : map.cut(first);
			double to = end == map.count() ? diagram.width() : map.cut(end);
			List<Rect> clips = new ArrayList<>();
			List<Double> shifts = new ArrayList<>();
			if (k > 0) {
				clips.add(new Rect(0, map.lanesTop - 4, map.labelCut, map.bottom - map.lanesTop + 4));
				shifts.add(0.0);
			}
			double dx = k == 0 ? 0 : map.labelCut - from;
			clips.add(new Rect(from, map.top, to - from, map.bottom - map.top));
			shifts.add(dx);
			// Each piece draws only what shows in it: a PDF keeps every shape drawn, even clipped away.
			List<Piece> pieces = new ArrayList<>();
			for (int index = 0; index < clips.size(); index++) {
				pieces.add(new Piece(clips.get(index), shifts.get(index), dy,
						drawing(diagram, map, List.of(clips.get(index)), first, end)));
			}
			double sheetWidth = to + dx;
			String sheet = " — sheet " + (k + 1) + " of " + (count + extra);
			double right = map.columns.get(end - 1).right() + dx;
			double room = right - map.labelCut - TextMeasurer.width(sheet, HEADING_SIZE, true);
			// The title shortened with an ellipsis if it is too long for the sheet, then set flush right.
			String shown = Paragraph.centred(diagram.title(), 0, 0, room, HEADING_SIZE, true).text() + sheet;
			TextLine line = new TextLine(shown, right - TextMeasurer.width(shown, HEADING_SIZE, true), HEAD - 10, HEADING_SIZE,
					true, false);
			sheets.add(new Sheet(k + 1, count + extra, sheetWidth, height, drawing(diagram, map, clips, first, end), List.copyOf(pieces),
					line));
		}
		return List.copyOf(sheets);
	}

	/**
	 * What shows of the diagram within the clips: the boxes and lines that touch them, with each
	 * stage band cut by the sheet's edges shortened to the sheet's columns and labelled there again.
	 */
	private static Diagram drawing(Diagram diagram, MapColumns map, List<Rect> clips, int first, int end) {
		return touching(diagram, clips, node -> node.role().equals("stage") ? stagePart(node, map, first, end) : node);
	}

	/**
	 * The boxes and lines of a diagram that touch the clips, each box first changed by {@code part}
	 * (which may drop it by giving null): a PDF keeps every shape drawn, even those clipped away.
	 */
	static Diagram touching(Diagram diagram, List<Rect> clips, java.util.function.UnaryOperator<DiagramNode> part) {
		List<DiagramNode> nodes = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			DiagramNode shown = part.apply(node);
			if (shown != null && shows(clips, shown.bounds().x(), shown.bounds().y(), shown.bounds().right(),
					shown.bounds().bottom())) {
				nodes.add(shown);
			}
		}
		List<DiagramEdge> edges = new ArrayList<>();
		for (DiagramEdge edge : diagram.edges()) {
			double left = Double.MAX_VALUE;
			double top = Double.MAX_VALUE;
			double right = -Double.MAX_VALUE;
			double bottom = -Double.MAX_VALUE;
			for (Point point : edge.points()) {
				left = Math.min(left, point.x());
				right = Math.max(right, point.x());
				top = Math.min(top, point.y());
				bottom = Math.max(bottom, point.y());
			}
			for (TextLine label : edge.labels()) {
				left = Math.min(left, label.x());
				right = Math.max(right, label.x() + TextMeasurer.width(label.text(), label.size(), label.bold()));
				top = Math.min(top, label.y() - label.size());
				bottom = Math.max(bottom, label.y());
			}
			if (shows(clips, left, top, right, bottom)) {
				edges.add(edge);
			}
		}
		return new Diagram(diagram.id(), diagram.view(), diagram.title(), diagram.description(), diagram.width(),
				diagram.height(), List.copyOf(nodes), List.copyOf(edges));
	}

	/** Whether a box touches one of the clips. */
	private static boolean shows(List<Rect> clips, double left, double top, double right, double bottom) {
		return clips.stream().anyMatch(
				clip -> right >= clip.x() && left <= clip.right() && bottom >= clip.y() && top <= clip.bottom());
	}

	/** The part of a stage band over the sheet's columns, titled again; null when none of it is on the sheet. */
	private static DiagramNode stagePart(DiagramNode stage, MapColumns map, int first, int end) {
		double left = Double.MAX_VALUE;
		double right = -Double.MAX_VALUE;
		boolean all = true;
		for (int index = 0; index < map.count(); index++) {
			MapColumns.Column column = map.columns.get(index);
			if (column.stage() == stage) {
				if (index >= first && index < end) {
					left = Math.min(left, column.left());
					right = Math.max(right, column.right());
				} else {
					all = false;
				}
			}
		}
		if (left > right) {
			return null;
		}
		if (all) {
			return stage;
		}
		Rect band = stage.bounds();
		Rect part = new Rect(left, band.y(), right - left, band.height());
		List<TextLine> text = new ArrayList<>();
		for (TextLine line : stage.text()) {
			String title = left > band.x() + 0.5 ? line.text() + " (continued)" : line.text();
			text.add(Paragraph.centred(title, part.centerX(), line.y(), part.width() - 12, line.size(), line.bold()));
		}
		return new DiagramNode(stage.id(), stage.role(), part, List.copyOf(text), stage.trace(), stage.note());
	}
}
