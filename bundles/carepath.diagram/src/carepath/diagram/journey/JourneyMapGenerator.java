package carepath.diagram.journey;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.Typography;
import carepath.analysis.Finding;
import carepath.analysis.Journeys;
import carepath.analysis.Labels;
import carepath.analysis.WaitTime;
import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.FindingIndex;
import carepath.diagram.Ids;
import carepath.diagram.Markers;
import carepath.diagram.Paragraph;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.SourceLocator;
import carepath.diagram.TextLine;
import carepath.diagram.Trace;
import carepath.diagram.key.Annex;
import carepath.model.Journey;
import carepath.model.MapFocus;
import carepath.model.MapState;
import carepath.model.Persona;
import carepath.model.Stage;
import carepath.model.Step;

/**
 * The journey map as a workshop prints it: a header with the persona card, the stages as
 * columns with their steps in order, and one lane per kind of content (steps, backstage steps
 * below the line of visibility, support, information, the person's and the professional's
 * experience as curves on -2..+2, pain points, good practice, change ideas, waits to scale).
 * Text wraps in its column and lanes grow to fit; findings of the checks are marked on the cells.
 */
public final class JourneyMapGenerator {
	static final double MARGIN = Typography.MARGIN;
	static final double LABELS = 116;
	static final double COLUMN = 190;
	static final double GAP = 10;
	static final double PAD = Typography.PAD;
	static final double TITLE = Typography.TITLE;
	static final double BODY = Typography.BODY;
	static final double SMALL = Typography.SMALL;
	private static final String VISIBILITY = "line of visibility";

	/** Whether lanes with nothing in them are left out. */
	public record Options(boolean hideEmptyLanes) {
		public static final Options DEFAULT = new Options(true);
	}

	private final Journey journey;
	private final SourceLocator locator;
	private final FindingIndex findings;
	private final Markers markers = new Markers();
	private final Options options;
	private final List<Column> columns = new ArrayList<>();
	private final List<DiagramNode> nodes = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();

	/** One column of the map: a step, or an empty stage's placeholder. */
	record Column(Stage stage, Step step, double x) {
		String id() {
			return step == null ? Ids.stage(stage) : Ids.step(step);
		}
	}

	private JourneyMapGenerator(Journey journey, SourceLocator locator, FindingIndex findings, Options options) {
		this.journey = journey;
		this.locator = locator;
		this.findings = findings;
		this.options = options;
	}

	public static Diagram generate(Journey journey, SourceLocator locator, FindingIndex findings, Options options) {
		return new JourneyMapGenerator(journey, locator, findings, options).generate();
	}

	private Diagram generate() {
		double x = MARGIN + LABELS + GAP;
		for (Stage stage : journey.getStages()) {
			if (stage.getSteps().isEmpty()) {
				columns.add(new Column(stage, null, x));
				x += COLUMN + GAP;
			}
			for (Step step : stage.getSteps()) {
				columns.add(new Column(stage, step, x));
				x += COLUMN + GAP;
			}
		}
		double width = Math.max(1100, x - GAP + MARGIN);
		double y = new JourneyHeader(journey, locator, findings, markers).draw(MARGIN, width - 2 * MARGIN, nodes);
		y = stages(y + 14);
		LaneContent content = new LaneContent(locator, findings, markers);
		double linesFrom = y;
		for (Lane lane : Lane.values()) {
			double height = lane(lane, content, y);
			if (height > 0) {
				edges.add(new DiagramEdge("lane-line/" + lane.id(), lane == Lane.BACKSTAGE ? "visibility" : "lane-line",
						List.of(new Point(MARGIN, y), new Point(width - MARGIN, y)),
						// Its words sit in the lane labels' column, where no step card can cover them.
						lane == Lane.BACKSTAGE ? List.of(new TextLine(VISIBILITY, MARGIN + PAD, y - 3, SMALL, false, false))
								: List.of(), null, null));
				y += height;
			}
		}
		edges.add(new DiagramEdge("lane-line/end", "lane-line", List.of(new Point(MARGIN, y), new Point(width - MARGIN, y)),
				List.of(), null, null));
		if (columns.isEmpty()) {
			nodes.add(new DiagramNode("empty", "empty-note", new Rect(MARGIN, linesFrom, width - 2 * MARGIN, 30),
					List.of(new TextLine("This journey has no stages yet.", MARGIN + PAD, linesFrom + 20, BODY, false, false)),
					null, null));
			y += 30;
		}
		y = Annex.add(nodes, edges, markers.numbered(), MARGIN, y, width - 2 * MARGIN);
		return new Diagram(Ids.journey(journey), "journey", title(), description(), width, y + MARGIN, List.copyOf(nodes),
				List.copyOf(edges));
	}

	/** The band of stage titles over their columns. */
	private double stages(double top) {
		double height = 28;
		for (Stage stage : journey.getStages()) {
			List<Column> own = columns.stream().filter(c -> c.stage() == stage).toList();
			double left = own.get(0).x();
			double right = own.get(own.size() - 1).x() + COLUMN;
			Rect band = new Rect(left, top, right - left, height);
			List<Finding> found = findings.on(stage);
			nodes.add(new DiagramNode(Ids.stage(stage), "stage", band,
					List.of(Paragraph.centred(Labels.of(stage), band.centerX(), top + 18,
							band.width() - 2 * PAD, TITLE, true)),
					Trace.of(stage, locator), found.isEmpty() ? null : FindingIndex.note(found)));
			markers.add(Ids.stage(stage), band, found, nodes);
		}
		return top + height + GAP;
	}

	/** Draws one lane below {@code top}; returns its height, 0 when it is empty and hidden. */
	private double lane(Lane lane, LaneContent content, double top) {
		List<List<DiagramNode>> cells = new ArrayList<>();
		List<DiagramEdge> laneEdges = new ArrayList<>();
		Paragraph label = Paragraph.of(lane.label(), MARGIN + PAD, top + PAD, LABELS - 2 * PAD, BODY, true);
		// A lane is at least as tall as its label, which may wrap ("Wait before the step").
		double height = Math.max(lane.minimumHeight(), label.height() + 2 * PAD);
		boolean any = false;
		for (Column column : columns) {
			List<DiagramNode> cell = column.step() == null ? List.of()
					: content.cell(lane, column.step(), column.x(), top + PAD, COLUMN);
			any |= !cell.isEmpty();
			cells.add(cell);
			for (DiagramNode node : cell) {
				height = Math.max(height, node.bounds().bottom() - top + PAD);
			}
		}
		if (!any && options.hideEmptyLanes()) {
			return 0;
		}
		if (lane.isCurve()) {
			laneEdges.addAll(Curves.draw(lane, columns, cells, top + PAD));
		}
		cells.forEach(nodes::addAll);
		edges.addAll(laneEdges);
		nodes.add(new DiagramNode("lane/" + lane.id(), "lane-label", new Rect(MARGIN, top, LABELS, height),
				label.lines(), null, null));
		if (lane.isCurve()) {
			nodes.addAll(Curves.scale(lane, MARGIN + LABELS - PAD, top + PAD));
		}
		return height;
	}

	private String title() {
		return Labels.of(journey);
	}

	private String description() {
		Persona persona = journey.getPersona();
		String who = persona == null || persona.eIsProxy() ? "a persona" : Labels.of(persona);
		int steps = Journeys.steps(journey).size();
		List<String> kind = new ArrayList<>();
		if (journey.isSetState()) {
			kind.add(journey.getState() == MapState.TO_BE ? "to-be" : "as-is");
		}
		if (journey.isSetShows()) {
			kind.add(journey.getShows() == MapFocus.GOOD_PRACTICE ? "good practice" : "challenges");
		}
		return String.format("Journey map%s following %s through %d stages and %d steps; total wait %s.",
				kind.isEmpty() ? "" : " (" + String.join(", ", kind) + ")", who, journey.getStages().size(), steps,
				WaitTime.format(carepath.analysis.figures.JourneyFigures.totalWait(journey)));
	}

}
