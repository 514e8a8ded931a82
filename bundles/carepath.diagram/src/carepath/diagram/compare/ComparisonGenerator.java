package carepath.diagram.compare;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.Typography;
import carepath.analysis.Labels;
import carepath.analysis.compare.ChangeKind;
import carepath.analysis.compare.Comparison;
import carepath.analysis.compare.MapComparison;
import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Paragraph;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.SourceLocator;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;
import carepath.diagram.TitleBlock;
import carepath.diagram.Trace;
import carepath.model.Journey;
import carepath.model.Stage;

/**
 * An as-is journey and its to-be redesign on one sheet, stage by stage: a row of step cards for
 * each journey, every card marked kept, changed, added or removed, and below them the figures of
 * both with the change, so a workshop sees what the redesign does and what it is worth.
 */
public final class ComparisonGenerator {
	static final double MARGIN = Typography.MARGIN;
	static final double LABELS = 116;
	static final double COLUMN = 190;
	static final double GAP = 10;
	static final double PAD = Typography.PAD;
	static final double HEADING = Typography.HEADING;
	static final double TITLE = Typography.TITLE;
	static final double BODY = Typography.BODY;
	static final double SMALL = Typography.SMALL;
	static final double MIN_ROW = 60;
	static final double MIN_WIDTH = 760;
	static final double MAX_TITLE = 1300;

	private final Journey asIs;
	private final Journey toBe;
	private final SourceLocator locator;
	private final Comparison comparison;
	private final List<StageColumns.Column> columns;
	private final List<DiagramNode> nodes = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();

	private ComparisonGenerator(Journey asIs, Journey toBe, SourceLocator locator) {
		this.asIs = asIs;
		this.toBe = toBe;
		this.locator = locator;
		this.comparison = MapComparison.compare(asIs, toBe);
		this.columns = StageColumns.of(asIs, toBe);
	}

	/** The two journeys aligned stage by stage, with their figures. */
	public static Diagram generate(Journey asIs, Journey toBe, SourceLocator locator) {
		return new ComparisonGenerator(asIs, toBe, locator).generate();
	}

	private Diagram generate() {
		// As wide as the stages, the figures or the title, whichever is widest (a very long title wraps).
		double titleWidth = Math.min(MAX_TITLE, TextMeasurer.width(title(), HEADING, true));
		double content = Math.max(Math.max(x(columns.size()) - GAP - MARGIN, FigureTable.width()),
				Math.max(ChangeLegend.width(), Math.max(MIN_WIDTH, titleWidth)));
		double width = content + 2 * MARGIN;
		double y = header(MARGIN, width - 2 * MARGIN);
		y = ChangeLegend.draw(MARGIN, y + 8, nodes) + 14;
		y = stages(y);
		StepCards cards = new StepCards(comparison, locator);
		line("compare/line/asis", y, width);
		y = row(cards, StepCards.Side.AS_IS, asIs, y);
		line("compare/line/tobe", y, width);
		y = row(cards, StepCards.Side.TO_BE, toBe, y);
		line("compare/line/end", y, width);
		y = new FigureTable(comparison.figures()).draw(MARGIN, y + 24, nodes, edges);
		return new Diagram(id(), "compare", title(), description(), width, y + MARGIN, List.copyOf(nodes), List.copyOf(edges));
	}

	/** The left edge of a stage column. */
	private static double x(int column) {
		return MARGIN + LABELS + GAP + column * (COLUMN + GAP);
	}

	/** The title and the counts under it; returns its bottom. */
	private double header(double top, double width) {
		return TitleBlock.add(nodes, id(), title(), description(), MARGIN, top, width, HEADING, BODY, Trace.of(toBe, locator));
	}

	/** The stage titles over their columns, a new or dropped stage marked so; returns the bottom. */
	private double stages(double top) {
		List<List<TextLine>> texts = new ArrayList<>();
		double height = 28;
		for (int index = 0; index < columns.size(); index++) {
			StageColumns.Column column = columns.get(index);
			double centre = x(index) + COLUMN / 2;
			List<TextLine> text = new ArrayList<>(centred(column.label(), centre, top + PAD, COLUMN - 2 * PAD, TITLE, true));
			double bottom = top + PAD + text.size() * TextMeasurer.lineHeight(TITLE);
			if (column.added() || column.removed()) {
				List<TextLine> mark = centred(column.added() ? "new stage" : "stage dropped", centre, bottom, COLUMN - 2 * PAD,
						SMALL, false);
				text.addAll(mark);
				bottom += mark.size() * TextMeasurer.lineHeight(SMALL);
			}
			texts.add(text);
			height = Math.max(height, bottom + PAD - top);
		}
		for (int index = 0; index < columns.size(); index++) {
			StageColumns.Column column = columns.get(index);
			Stage stage = column.toBe() != null ? column.toBe() : column.asIs();
			String role = "stage" + (column.added() ? " added" : column.removed() ? " removed" : "");
			nodes.add(new DiagramNode("compare/stage/" + column.name(), role, new Rect(x(index), top, COLUMN, height),
					texts.get(index), Trace.of(stage, locator), null));
		}
		return top + height + GAP;
	}

	/** One journey's row: its label, and its steps as cards under each stage; returns the bottom. */
	private double row(StepCards cards, StepCards.Side side, Journey journey, double top) {
		double bottom = top + MIN_ROW;
		for (int index = 0; index < columns.size(); index++) {
			StageColumns.Column column = columns.get(index);
			Stage stage = side == StepCards.Side.AS_IS ? column.asIs() : column.toBe();
			bottom = Math.max(bottom, cards.draw(stage, side, x(index), top + PAD, COLUMN, nodes) + PAD);
		}
		List<TextLine> text = new ArrayList<>();
		Paragraph label = Paragraph.of(side == StepCards.Side.AS_IS ? "As-is" : "To-be", MARGIN + PAD, top + PAD, LABELS - 2 * PAD,
				TITLE, true);
		text.addAll(label.lines());
		Paragraph name = Paragraph.of(Labels.of(journey), MARGIN + PAD, top + PAD + label.height() + 2, LABELS - 2 * PAD, SMALL,
				false);
		text.addAll(name.lines());
		bottom = Math.max(bottom, top + PAD + label.height() + 2 + name.height() + PAD);
		String id = side == StepCards.Side.AS_IS ? "compare/row/asis" : "compare/row/tobe";
		nodes.add(new DiagramNode(id, "lane-label", new Rect(MARGIN, top, LABELS, bottom - top), text,
				Trace.of(journey, locator), null));
		return bottom;
	}

	private void line(String id, double y, double width) {
		edges.add(new DiagramEdge(id, "lane-line", List.of(new Point(MARGIN, y), new Point(width - MARGIN, y)), List.of(), null,
				null));
	}

	/** Text wrapped to a width, each line centred on x. */
	static List<TextLine> centred(String text, double x, double top, double width, double size, boolean bold) {
		List<TextLine> lines = new ArrayList<>();
		double baseline = top + size;
		for (String line : TextMeasurer.wrap(text, width, size, bold)) {
			lines.add(new TextLine(line, x, baseline, size, bold, true));
			baseline += TextMeasurer.lineHeight(size);
		}
		return lines;
	}

	private String id() {
		return "compare/" + asIs.getName() + "/" + toBe.getName();
	}

	private String title() {
		return "As-is and to-be: " + Labels.of(asIs) + " → " + Labels.of(toBe);
	}

	/** The steps' fates and the figures a workshop asks about first. */
	private String description() {
		String steps = String.format("Steps: %d kept, %d changed, %d added, %d removed", count(ChangeKind.KEPT),
				count(ChangeKind.CHANGED), count(ChangeKind.ADDED), count(ChangeKind.REMOVED));
		StringBuilder text = new StringBuilder(steps);
		for (String key : List.of("total-wait", "handovers", "lowest-person-score")) {
			var figure = comparison.figure(key);
			text.append("; ").append(figure.label().toLowerCase(java.util.Locale.ROOT)).append(' ')
					.append(figure.before().display()).append(" → ").append(figure.after().display());
		}
		return text.append('.').toString();
	}

	private long count(ChangeKind kind) {
		return comparison.with(kind).stream().filter(change -> change.kind().equals("step")).count();
	}
}
