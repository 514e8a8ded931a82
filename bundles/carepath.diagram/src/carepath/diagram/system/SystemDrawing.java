package carepath.diagram.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;

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
import carepath.diagram.system.SystemGraph.EdgeFacts;
import carepath.diagram.system.SystemMapGenerator.Options;
import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;
import carepath.model.Service;

import static carepath.diagram.system.SystemMapGenerator.HEADING_WIDTH;
import static carepath.diagram.system.SystemMapGenerator.SMALL;
import static carepath.diagram.system.SystemMapGenerator.TITLE;

/**
 * The laid-out ELK graph of a system map as a diagram: its heading, group and service boxes and
 * lines at their places on the sheet, finding badges, the route over it, and the key and findings
 * list below.
 */
final class SystemDrawing {
	private final SystemGraph graph;
	private final Ecosystem ecosystem;
	private final SourceLocator locator;
	private final FindingIndex findings;
	private final Options options;
	private final Markers markers = new Markers();
	private final ElkNode root;
	/** Where the map starts below its heading. */
	private double top;

	SystemDrawing(SystemGraph graph, Ecosystem ecosystem, SourceLocator locator, FindingIndex findings, Options options) {
		this.graph = graph;
		this.ecosystem = ecosystem;
		this.locator = locator;
		this.findings = findings;
		this.options = options;
		this.root = graph.root;
	}

	Diagram draw() {
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
		if (graph.grouped) {
			graph.groups.forEach((key, group) -> nodes.add(group(group, top)));
		}
		graph.serviceNodes.forEach((service, node) -> {
			Rect box = absolute(node, top);
			List<Finding> found = findings.within(service);
			nodes.add(new DiagramNode(Ids.service(service), "service", box, shift(graph.serviceText.get(node), box), Trace.of(service, locator),
					note(found)));
			markers.add(Ids.service(service), box, found, nodes);
		});
		Map<DiagramEdge, EdgeFacts> drawn = new LinkedHashMap<>();
		graph.edgeFacts.forEach((edge, facts) -> drawn.put(edge(edge, facts, top), facts));
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

	private DiagramNode group(ElkNode group, double top) {
		Rect box = absolute(group, top);
		String label = group.getLabels().get(0).getText();
		return new DiagramNode(graph.groupIds.get(group), "category", box,
				List.of(Paragraph.centred(label, box.centerX(), box.y() + 18, box.width() - 12, TITLE, true)), graph.groupTraces.get(group), null);
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
		String note = SystemGraph.labelOf(connection);
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
		ElkNode node = graph.node(service);
		return node == null ? null : absolute(node, top);
	}

	/** The drawn points of the way from one service to another, if the map has one. */
	private List<Point> routeOf(Service from, Service to) {
		for (Map.Entry<ElkEdge, EdgeFacts> entry : graph.edgeFacts.entrySet()) {
			ElkEdge edge = entry.getKey();
			if (edge.getSources().get(0) == graph.node(from) && edge.getTargets().get(0) == graph.node(to)) {
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
				ecosystem.getServices().size(), graph.groups.size(), referrals, ecosystem.getConnections().size() - referrals);
	}

	private static String note(List<Finding> found) {
		return found.isEmpty() ? null : FindingIndex.note(found);
	}
}
