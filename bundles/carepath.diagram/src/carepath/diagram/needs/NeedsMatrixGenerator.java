package carepath.diagram.needs;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.Typography;
import carepath.analysis.Labels;
import carepath.diagram.Diagram;
import carepath.diagram.DiagramNode;
import carepath.diagram.Paragraph;
import carepath.diagram.Rect;
import carepath.diagram.SourceLocator;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;
import carepath.diagram.TitleBlock;
import carepath.diagram.Trace;
import carepath.model.Ecosystem;
import carepath.model.Need;
import carepath.model.Persona;
import carepath.model.Service;

/**
 * "Mapping services to need": a table with a row per service of the ecosystem, grouped by
 * category, and a column per need. A mark shows that a service meets a need. The persona's needs
 * come first and are highlighted; a need of the persona that no service meets is marked as a gap,
 * which is what the workshop looks for.
 */
public final class NeedsMatrixGenerator {
	static final double MARGIN = Typography.MARGIN;
	static final double PAD = Typography.PAD;
	static final double HEADING = Typography.HEADING;
	static final double BODY = Typography.BODY;
	static final double SMALL = Typography.SMALL;
	static final double LABELS = 200;
	static final double COLUMN = 90;
	static final double WIDEST_COLUMN = 130;
	static final double ROW = 24;
	static final double GROUP_ROW = 22;
	static final double MARK = 14;
	static final double MIN_WIDTH = 560;
	static final double MAX_TITLE = 1100;

	private final Ecosystem ecosystem;
	private final Persona persona;
	private final SourceLocator locator;
	private final String id;
	private final List<NeedColumns.Column> columns;
	private final List<ServiceGroups.Group> groups;
	private final double columnWidth;
	private final List<DiagramNode> nodes = new ArrayList<>();

	private NeedsMatrixGenerator(Ecosystem ecosystem, Persona persona, SourceLocator locator) {
		this.ecosystem = ecosystem;
		this.persona = persona == null || persona.eIsProxy() ? null : persona;
		this.locator = locator;
		this.id = "needs/" + ecosystem.getName();
		this.columns = NeedColumns.of(ecosystem, this.persona);
		this.groups = ServiceGroups.of(ecosystem);
		this.columnWidth = columnWidth(columns);
	}

	/**
	 * One width for all columns: 90 px, or wider (up to 130) so that the longest word of a need's
	 * title fits on a line rather than being split with a hyphen.
	 */
	private static double columnWidth(List<NeedColumns.Column> columns) {
		double widest = 0;
		for (NeedColumns.Column column : columns) {
			for (String word : Labels.of(column.need()).split("\\s+")) {
				widest = Math.max(widest, TextMeasurer.width(word, BODY, true));
			}
		}
		return Math.min(WIDEST_COLUMN, Math.max(COLUMN, Math.ceil(widest) + 2 * PAD));
	}

	/** The matrix of the ecosystem's services against the needs they meet; persona may be null. */
	public static Diagram generate(Ecosystem ecosystem, Persona persona, SourceLocator locator) {
		return new NeedsMatrixGenerator(ecosystem, persona, locator).generate();
	}

	private Diagram generate() {
		double tableWidth = LABELS + columns.size() * columnWidth;
		MatrixLegend legend = new MatrixLegend(id, personName(), columns.stream().anyMatch(NeedColumns.Column::unmet));
		// As wide as the table, or the title where that is wider (up to a point: then it wraps).
		double titleWidth = Math.min(MAX_TITLE, TextMeasurer.width(title(), HEADING, true));
		double width = Math.max(Math.max(MIN_WIDTH, titleWidth), Math.max(tableWidth, legend.width())) + 2 * MARGIN;
		double y = header(MARGIN, width - 2 * MARGIN);
		y = legend.draw(MARGIN, y + 8, nodes) + 14;
		if (ecosystem.getServices().isEmpty() || columns.isEmpty()) {
			y = empty(y, width - 2 * MARGIN);
		} else {
			y = needHeaders(y);
			for (ServiceGroups.Group group : groups) {
				if (groups.size() > 1 || group.category() != null) {
					y = groupRow(group, y, tableWidth);
				}
				for (Service service : group.services()) {
					y = serviceRow(service, y);
				}
			}
		}
		return new Diagram(id, "needs", title(), description(), width, y + MARGIN, List.copyOf(nodes), List.of());
	}

	/** The title and the counts under it; returns its bottom. */
	private double header(double top, double width) {
		return TitleBlock.add(nodes, id, title(), description(), MARGIN, top, width, HEADING, BODY, Trace.of(ecosystem, locator));
	}

	/** One header cell per need: its title wrapped to the column, all as tall as the tallest. */
	private double needHeaders(double top) {
		double left = MARGIN + LABELS;
		double inner = columnWidth - 2 * PAD;
		List<List<TextLine>> texts = new ArrayList<>();
		double height = 0;
		for (NeedColumns.Column column : columns) {
			List<TextLine> text = new ArrayList<>();
			double x = left + texts.size() * columnWidth;
			Paragraph title = Paragraph.of(Labels.of(column.need()), x + PAD, top + PAD, inner, BODY, true);
			text.addAll(title.lines());
			double bottom = top + PAD + title.height();
			if (column.unmet()) {
				Paragraph gap = Paragraph.of("not met", x + PAD, bottom + 2, inner, SMALL, true);
				text.addAll(gap.lines());
				bottom += 2 + gap.height();
			}
			texts.add(text);
			height = Math.max(height, bottom + PAD - top);
		}
		for (int index = 0; index < columns.size(); index++) {
			NeedColumns.Column column = columns.get(index);
			Need need = column.need();
			nodes.add(new DiagramNode(id + "/need/" + need.getName(), "column-head" + highlight(column),
					new Rect(left + index * columnWidth, top, columnWidth, height), texts.get(index), Trace.of(need, locator),
					needNote(column)));
		}
		return top + height;
	}

	/** A band naming the category above its services. */
	private double groupRow(ServiceGroups.Group group, double top, double width) {
		String name = group.category() == null ? "-" : group.category().getName();
		String label = group.category() == null ? "Other services" : Labels.of(group.category());
		Paragraph text = Paragraph.of(label, MARGIN + PAD, top + PAD - 1, width - 2 * PAD, BODY, true);
		double height = Math.max(GROUP_ROW, text.height() + 2 * PAD - 2);
		nodes.add(new DiagramNode(id + "/category/" + name, "row-group", new Rect(MARGIN, top, width, height), text.lines(),
				group.category() == null ? null : Trace.of(group.category(), locator), null));
		return top + height;
	}

	/** The service's name, then one cell per need, marked where the service meets it. */
	private double serviceRow(Service service, double top) {
		Paragraph label = Paragraph.of(Labels.of(service), MARGIN + PAD, top + PAD - 1, LABELS - 2 * PAD, BODY, false);
		double height = Math.max(ROW, label.height() + 2 * PAD - 2);
		Trace trace = Trace.of(service, locator);
		String serviceId = id + "/row/" + service.getName();
		nodes.add(new DiagramNode(serviceId, "lane-label", new Rect(MARGIN, top, LABELS, height), label.lines(), trace, null));
		for (int index = 0; index < columns.size(); index++) {
			NeedColumns.Column column = columns.get(index);
			Need need = column.need();
			boolean meets = service.getMeets().contains(need);
			String cellId = id + "/cell/" + service.getName() + "/" + need.getName();
			Rect cell = new Rect(MARGIN + LABELS + index * columnWidth, top, columnWidth, height);
			nodes.add(new DiagramNode(cellId, "cell" + highlight(column), cell, List.of(), trace,
					Labels.of(service) + (meets ? " meets " : " does not meet ") + Labels.of(need)));
			if (meets) {
				nodes.add(new DiagramNode(cellId + "/meets", "meets",
						new Rect(cell.centerX() - MARK / 2, cell.centerY() - MARK / 2, MARK, MARK), List.of(), trace, null));
			}
		}
		return top + height;
	}

	private double empty(double top, double width) {
		String why = ecosystem.getServices().isEmpty() ? "This ecosystem has no services yet."
				: "No service says which needs it meets (`meets`), and no persona's needs are shown.";
		Paragraph text = Paragraph.of(why, MARGIN + PAD, top + PAD, width - 2 * PAD, BODY, false);
		nodes.add(new DiagramNode(id + "/empty", "empty-note", new Rect(MARGIN, top, width, text.height() + 2 * PAD), text.lines(),
				null, null));
		return top + text.height() + 2 * PAD;
	}

	/** The roles that highlight the persona's needs and mark the gaps, for a column's header and cells. */
	private static String highlight(NeedColumns.Column column) {
		return (column.personas() ? " persona-need" : "") + (column.unmet() ? " unmet" : "");
	}

	/** The full title, whose need it is, and which services meet it: for the hover. */
	private String needNote(NeedColumns.Column column) {
		List<String> meeting = ecosystem.getServices().stream().filter(s -> s.getMeets().contains(column.need()))
				.map(Labels::of).toList();
		StringBuilder note = new StringBuilder(Labels.of(column.need()));
		if (column.personas()) {
			note.append("\nOne of ").append(personName()).append("'s needs");
		}
		note.append(meeting.isEmpty() ? "\nMet by no service of this map" : "\nMet by: " + String.join(", ", meeting));
		return note.toString();
	}

	private String personName() {
		return persona == null ? null : Labels.of(persona);
	}

	private String title() {
		return "Needs matrix: " + Labels.of(ecosystem);
	}

	/** `12 services by 7 needs; 1 of Sam's 5 needs is met by no service.` */
	private String description() {
		int services = ecosystem.getServices().size();
		String counts = count(services, "service") + " by " + count(columns.size(), "need");
		if (persona == null) {
			return counts + ".";
		}
		int own = NeedColumns.personaNeeds(persona).size();
		long unmet = columns.stream().filter(NeedColumns.Column::unmet).count();
		String whose = personName() + "'s " + count(own, "need");
		if (own == 0) {
			return counts + "; " + personName() + " names no needs.";
		}
		if (unmet == 0) {
			return counts + "; each of " + whose + " is met by at least one service.";
		}
		return counts + "; " + unmet + " of " + whose + (unmet == 1 ? " is" : " are") + " met by no service.";
	}

	private static String count(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
