package carepath.diagram.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkGraphFactory;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import carepath.analysis.Finding;
import carepath.analysis.Labels;
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
import carepath.diagram.TextMeasurer;
import carepath.diagram.Trace;
import carepath.diagram.key.Annex;
import carepath.model.Category;
import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Setting;

/**
 * The system map: services as boxes showing setting and sector, grouped in their categories (or by
 * setting), referrals as solid arrows, signposts dashed, supported signposts green, declined
 * pathways red and dotted, joint decisions heavier, with criteria and decider as labels; laid out
 * by ELK. With a journey it also draws the journey's route over the map as numbered hops.
 */
public final class SystemMapGenerator {
	static final double SERVICE_WIDTH = 170;
	static final double PAD = 6;
	static final double TITLE = 11;
	static final double SMALL = 9;
	static final double LABEL_WIDTH = 150;
	/** The widest a map's heading is set, less than a printed sheet holds at the smallest legible scale. */
	static final double HEADING_WIDTH = 1000;

	public enum Grouping {
		CATEGORY, SETTING
	}

	/**
	 * How to group the services, the journey whose route to draw (null for none), and whether each
	 * service's box also says what it provides and its access criteria.
	 */
	public record Options(Grouping grouping, Journey route, boolean detail) {
		public static final Options DEFAULT = new Options(Grouping.CATEGORY, null, false);

		public Options(Grouping grouping, Journey route) {
			this(grouping, route, false);
		}
	}

	private final Ecosystem ecosystem;
	private final SourceLocator locator;
	private final FindingIndex findings;
	private final Options options;
	private final Markers markers = new Markers();
	/** Where the map starts below its heading. */
	private double top;
	private final ElkNode root = ElkGraphUtil.createGraph();
	private final Map<String, ElkNode> groups = new LinkedHashMap<>();
	private final Map<ElkNode, String> groupIds = new LinkedHashMap<>();
	/** The category a group shows, so a click on it leads to its line (none for a group of a setting). */
	private final Map<ElkNode, Trace> groupTraces = new LinkedHashMap<>();
	private final Map<Service, ElkNode> serviceNodes = new LinkedHashMap<>();
	private final Map<ElkNode, List<TextLine>> serviceText = new LinkedHashMap<>();
	private final Map<ElkEdge, EdgeFacts> edgeFacts = new LinkedHashMap<>();
	/**
	 * Whether services sit in group boxes. ELK spends most of its time on edges that cross group
	 * borders (seconds for thousands), so very large maps are laid out flat and each service
	 * names its group instead.
	 */
	private boolean grouped;

	/** What an ELK edge stands for, and the wrapped lines of its label. */
	record EdgeFacts(String id, String role, Connection connection, List<String> label) {
	}

	private SystemMapGenerator(Ecosystem ecosystem, SourceLocator locator, FindingIndex findings, Options options) {
		this.ecosystem = ecosystem;
		this.locator = locator;
		this.findings = findings;
		this.options = options;
	}

	public static Diagram generate(Ecosystem ecosystem, SourceLocator locator, FindingIndex findings, Options options) {
		return new SystemMapGenerator(ecosystem, locator, findings, options).generate();
	}

	private Diagram generate() {
		int connections = ecosystem.getConnections().size();
		grouped = connections <= ElkLayout.LARGE;
		ElkLayout.configureRoot(root, connections);
		for (Service service : ecosystem.getServices()) {
			service(service);
		}
		boolean labels = connections <= ElkLayout.LARGE;
		Map<Connection, String> ids = Ids.connections(ecosystem);
		for (Connection connection : ecosystem.getConnections()) {
			connection(connection, ids.get(connection), labels);
		}
		ElkLayout.layout(root);

		List<DiagramNode> nodes = new ArrayList<>();
		List<DiagramEdge> edges = new ArrayList<>();
		String heading = options.route() == null ? title()
				: title() + ": the route of " + Labels.of(options.route());
		// Wrapped to what the first sheet of a print holds, so that a long title is not cut at its edge.
		List<String> headingLines = TextMeasurer.wrap(heading, Math.max(600, Math.min(root.getWidth(), HEADING_WIDTH)), 20, true);
		List<TextLine> headingText = new ArrayList<>();
		for (int index = 0; index < headingLines.size(); index++) {
			headingText.add(new TextLine(headingLines.get(index), 24, 40 + index * TextMeasurer.lineHeight(20), 20, true, false));
		}
		double headingWidth = headingLines.stream().mapToDouble(line -> TextMeasurer.width(line, 20, true)).max().orElse(0);
		top = 64 + (headingLines.size() - 1) * TextMeasurer.lineHeight(20);
		nodes.add(new DiagramNode(Ids.ecosystem(ecosystem), "ecosystem", new Rect(24, 16, Math.max(root.getWidth(), headingWidth),
				top - 24), headingText, Trace.of(ecosystem, locator), note(findings.on(ecosystem))));
		// After the heading's first line: a route's heading runs on past the map's title.
		markers.add(Ids.ecosystem(ecosystem), new Rect(24, 20, TextMeasurer.width(headingLines.get(0), 20, true) + 20, 20),
				findings.on(ecosystem), nodes);
		if (grouped) {
			groups.forEach((key, group) -> nodes.add(group(group, top)));
		}
		serviceNodes.forEach((service, node) -> {
			Rect box = absolute(node, top);
			List<Finding> found = findings.within(service);
			nodes.add(new DiagramNode(Ids.service(service), "service", box, shift(serviceText.get(node), box), Trace.of(service, locator),
					note(found)));
			markers.add(Ids.service(service), box, found, nodes);
		});
		Map<DiagramEdge, EdgeFacts> drawn = new LinkedHashMap<>();
		edgeFacts.forEach((edge, facts) -> drawn.put(edge(edge, facts, top), facts));
		edges.addAll(drawn.keySet());
		BadgePlaces places = new BadgePlaces(nodes, edges);
		drawn.forEach((line, facts) -> markConnection(facts, line, places, nodes));
		double height = root.getHeight() + top + 24;
		if (options.route() != null) {
			height = new RouteOverlay(options.route(), this::serviceBox, this::routeOf, locator).draw(nodes, edges, height);
		}
		// Room for a key of a few entries a row, even under a small map.
		double width = Math.max(Math.max(root.getWidth() + 48, headingWidth + 48), 648);
		height = Annex.add(nodes, edges, markers.numbered(), 24, height - 12, width - 48) + 24;
		String view = options.route() == null ? "system" : "route";
		return new Diagram(options.route() == null ? Ids.ecosystem(ecosystem) : "route/" + options.route().getName(), view,
				heading, description(), width, height, List.copyOf(nodes), List.copyOf(edges));
	}

	private void service(Service service) {
		ElkNode parent = group(service);
		List<TextLine> text = new ArrayList<>();
		double inner = SERVICE_WIDTH - 2 * PAD;
		Paragraph title = Paragraph.of(Labels.of(service), PAD, PAD, inner, TITLE, true);
		text.addAll(title.lines());
		double y = PAD + title.height();
		List<String> facts = new ArrayList<>();
		if (!grouped && parent != root) {
			facts.add(parent.getLabels().get(0).getText());
			parent = root;
		}
		service.getSettings().forEach(setting -> facts.add(setting.getLiteral()));
		if (service.isSetSector()) {
			facts.add(service.getSector().getLiteral());
		}
		if (!facts.isEmpty()) {
			Paragraph detail = Paragraph.of(String.join(" · ", facts), PAD, y + 2, inner, SMALL, false);
			text.addAll(detail.lines());
			y += 2 + detail.height();
		}
		if (options.detail()) {
			// The first questions of a systems-mapping workshop: what does it offer, and who can use it?
			for (String[] line : new String[][] { { "Provides", String.join("; ", service.getProvides()) },
					{ "Access", String.join("; ", service.getAccessCriteria()) } }) {
				if (!line[1].isBlank()) {
					Paragraph detail = Paragraph.of(line[0] + ": " + line[1], PAD, y + 3, inner, SMALL, false);
					text.addAll(detail.lines());
					y += 3 + detail.height();
				}
			}
		}
		ElkNode node = ElkGraphUtil.createNode(parent);
		node.setDimensions(SERVICE_WIDTH, y + PAD);
		serviceNodes.put(service, node);
		serviceText.put(node, text);
	}

	/** The group node a service belongs in, made on first use; the root when it has no group. */
	private ElkNode group(Service service) {
		String key;
		String label;
		String id;
		if (options.grouping() == Grouping.SETTING) {
			Setting setting = service.getSettings().isEmpty() ? null : service.getSettings().get(0);
			key = setting == null ? "no setting" : setting.getLiteral();
			label = setting == null ? "Setting not given" : capitalized(setting.getLiteral());
			id = "setting/" + ecosystem.getName() + "/" + key;
		} else {
			Category category = service.getCategory();
			if (category == null || category.eIsProxy()) {
				return root;
			}
			key = category.getName();
			label = Labels.of(category);
			id = Ids.category(category);
		}
		return groups.computeIfAbsent(key, k -> {
			// On a flat map the group stays out of the graph; only its label is used.
			ElkNode group = grouped ? ElkGraphUtil.createNode(root) : ElkGraphFactory.eINSTANCE.createElkNode();
			ElkLayout.configureGroup(group, ecosystem.getConnections().size());
			ElkGraphUtil.createLabel(label, group);
			groupIds.put(group, id);
			if (options.grouping() != Grouping.SETTING) {
				groupTraces.put(group, Trace.of(service.getCategory(), locator));
			}
			return group;
		});
	}

	private void connection(Connection connection, String id, boolean labels) {
		ElkNode source = node(connection.getSource());
		ElkNode target = node(connection.getTarget());
		if (source == null || target == null) {
			return;
		}
		boolean signpost = connection.getKind() == ConnectionKind.SIGNPOST;
		String role = (signpost ? "signpost" : "referral") + (connection.isSupported() ? " supported" : "")
				+ (connection.isJoint() ? " joint" : "");
		edge(source, target, new EdgeFacts(id, role, connection, labels ? wrap(labelOf(connection)) : List.of()));
		ElkNode declined = node(connection.getDeclinedPathway());
		if (declined != null) {
			edge(target, declined, new EdgeFacts("declined/" + id, "declined-pathway", connection,
					labels ? List.of("if declined") : List.of()));
		}
	}

	private void edge(ElkNode source, ElkNode target, EdgeFacts facts) {
		ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
		ElkGraphUtil.updateContainment(edge);
		if (!facts.label().isEmpty()) {
			double width = facts.label().stream().mapToDouble(line -> TextMeasurer.width(line, SMALL, false)).max().orElse(0);
			ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", facts.label()), edge);
			label.setDimensions(width + 4, facts.label().size() * TextMeasurer.lineHeight(SMALL) + 2);
		}
		edgeFacts.put(edge, facts);
	}

	/** What a connection's line says: its criteria, who decides, whether jointly, whether supported. */
	static String labelOf(Connection connection) {
		List<String> parts = new ArrayList<>();
		if (connection.getTitle() != null) {
			parts.add(connection.getTitle());
		}
		if (!connection.getCriteria().isEmpty()) {
			parts.add("criteria: " + String.join("; ", connection.getCriteria()));
		}
		if (connection.getDecidedBy() != null) {
			parts.add("decided by " + connection.getDecidedBy() + (connection.isJoint() ? " (joint)" : ""));
		} else if (connection.isJoint()) {
			parts.add("joint decision");
		}
		if (connection.isSupported()) {
			parts.add("supported");
		}
		return String.join(" · ", parts);
	}

	private static List<String> wrap(String text) {
		return text.isEmpty() ? List.of() : TextMeasurer.wrap(text, LABEL_WIDTH, SMALL, false);
	}

	private ElkNode node(Service service) {
		return service == null || service.eIsProxy() ? null : serviceNodes.get(service);
	}

	private DiagramNode group(ElkNode group, double top) {
		Rect box = absolute(group, top);
		String label = group.getLabels().get(0).getText();
		return new DiagramNode(groupIds.get(group), "category", box,
				List.of(Paragraph.centred(label, box.centerX(), box.y() + 18, box.width() - 12, TITLE, true)), groupTraces.get(group), null);
	}

	private DiagramEdge edge(ElkEdge edge, EdgeFacts facts, double top) {
		Point offset = offset(edge.getContainingNode(), top);
		List<Point> points = new ArrayList<>();
		if (!edge.getSections().isEmpty()) {
			ElkEdgeSection section = edge.getSections().get(0);
			points.add(new Point(offset.x() + section.getStartX(), offset.y() + section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new Point(offset.x() + bend.getX(), offset.y() + bend.getY()));
			}
			points.add(new Point(offset.x() + section.getEndX(), offset.y() + section.getEndY()));
		}
		List<TextLine> labels = new ArrayList<>();
		if (!edge.getLabels().isEmpty()) {
			ElkLabel label = edge.getLabels().get(0);
			double y = offset.y() + label.getY() + SMALL;
			for (String line : facts.label()) {
				labels.add(new TextLine(line, offset.x() + label.getX() + 2, y, SMALL, false, false));
				y += TextMeasurer.lineHeight(SMALL);
			}
		}
		Connection connection = facts.connection();
		List<Finding> found = facts.role().equals("declined-pathway") ? List.of() : findings.on(connection);
		String note = labelOf(connection);
		if (!found.isEmpty()) {
			note = (note.isEmpty() ? "" : note + "\n") + FindingIndex.note(found);
		}
		return new DiagramEdge(facts.id(), facts.role(), points, labels, Trace.of(connection, locator),
				note.isEmpty() ? null : note);
	}

	/** A connection's findings as a badge on its line, like those on boxes, clear of its label. */
	private void markConnection(EdgeFacts facts, DiagramEdge drawn, BadgePlaces places, List<DiagramNode> nodes) {
		if (facts.role().equals("declined-pathway") || drawn.points().size() < 2) {
			return;
		}
		List<Finding> found = findings.on(facts.connection());
		if (found.isEmpty()) {
			return;
		}
		markers.at(facts.id(), places.badgeOn(drawn.points(), Markers.SIZE), found, nodes);
	}

	/** Where a service's box is drawn, for the route overlay. */
	private Rect serviceBox(Service service) {
		ElkNode node = node(service);
		return node == null ? null : absolute(node, top);
	}

	/** The drawn points of the way from one service to another, if the map has one. */
	private List<Point> routeOf(Service from, Service to) {
		for (Map.Entry<ElkEdge, EdgeFacts> entry : edgeFacts.entrySet()) {
			ElkEdge edge = entry.getKey();
			if (edge.getSources().get(0) == node(from) && edge.getTargets().get(0) == node(to)) {
				return edge(edge, entry.getValue(), top).points();
			}
		}
		return null;
	}

	private Rect absolute(ElkNode node, double top) {
		Point offset = offset(node.getParent(), top);
		return new Rect(offset.x() + node.getX(), offset.y() + node.getY(), node.getWidth(), node.getHeight());
	}

	/** The position of a node's inside on the sheet: the sum of its ancestors' positions. */
	private static Point offset(ElkNode node, double top) {
		double x = 0;
		double y = top;
		for (ElkNode at = node; at != null && at.getParent() != null; at = at.getParent()) {
			x += at.getX();
			y += at.getY();
		}
		return new Point(x, y);
	}

	private static List<TextLine> shift(List<TextLine> lines, Rect box) {
		return lines.stream().map(line -> new TextLine(line.text(), line.x() + box.x(), line.y() + box.y(), line.size(),
				line.bold(), line.centred())).toList();
	}

	private String title() {
		return Labels.of(ecosystem);
	}

	private String description() {
		long referrals = ecosystem.getConnections().stream().filter(c -> c.getKind() == ConnectionKind.REFERRAL).count();
		return String.format("System map of %s: %d services in %d groups, %d referrals and %d signposts.", title(),
				ecosystem.getServices().size(), groups.size(), referrals, ecosystem.getConnections().size() - referrals);
	}

	private static String note(List<Finding> found) {
		return found.isEmpty() ? null : FindingIndex.note(found);
	}


	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
