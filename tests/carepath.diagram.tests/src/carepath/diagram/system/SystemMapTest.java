package carepath.diagram.system;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import carepath.testing.ExampleModels;
import carepath.analysis.Journeys;
import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramModels;
import carepath.diagram.DiagramNode;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.Ids;
import carepath.diagram.Rect;
import carepath.dsl.load.ModelSet;
import carepath.model.Connection;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Step;

/** The system map and the route over it: every service and connection once, in their groups, with the route's hops. */
class SystemMapTest {
	private static ModelSet examples;

	@BeforeAll
	static void load() {
		examples = ExampleModels.load();
	}

	@Test
	void everyServiceAndConnectionOnceInsideItsCategory() {
		for (Ecosystem ecosystem : examples.elements(Ecosystem.class)) {
			Diagram diagram = Diagrams.systemMap(ecosystem, SOURCES, DiagramModels.findings(examples),
					SystemMapGenerator.Grouping.CATEGORY);
			DiagramModels.assertUniqueIds(diagram);
			DiagramModels.assertTextFits(diagram);
			for (Service service : ecosystem.getServices()) {
				DiagramNode node = diagram.node(Ids.service(service));
				assertNotNull(node, service.getName());
				Rect group = diagram.node(Ids.category(service.getCategory())).bounds();
				Rect box = node.bounds();
				assertTrue(box.x() >= group.x() && box.right() <= group.right() && box.y() >= group.y()
						&& box.bottom() <= group.bottom(), service.getName() + " lies outside its category");
			}
			for (Connection connection : ecosystem.getConnections()) {
				DiagramEdge edge = diagram.edge(Ids.connection(connection));
				assertNotNull(edge, Ids.connection(connection));
				assertTrue(edge.points().size() >= 2);
				assertTrue(edge.role().startsWith(connection.getKind().getLiteral()), edge.role());
				assertEquals(connection.getDeclinedPathway() != null, diagram.edge("declined/" + Ids.connection(connection)) != null);
			}
			long services = diagram.nodes().stream().filter(n -> n.role().equals("service")).count();
			assertEquals(ecosystem.getServices().size(), services);
		}
	}

	@Test
	void edgesStartAndEndAtTheirServices() {
		Ecosystem riverside = DiagramModels.ecosystem(examples, "riverside");
		Diagram diagram = Diagrams.systemMap(riverside, SOURCES, FindingIndex.NONE, SystemMapGenerator.Grouping.CATEGORY);
		for (Connection connection : riverside.getConnections()) {
			DiagramEdge edge = diagram.edge(Ids.connection(connection));
			assertTouches(diagram.node(Ids.service(connection.getSource())).bounds(), edge.points().get(0));
			assertTouches(diagram.node(Ids.service(connection.getTarget())).bounds(), edge.points().get(edge.points().size() - 1));
		}
	}

	private static void assertTouches(Rect box, carepath.diagram.Point point) {
		assertTrue(point.x() >= box.x() - 2 && point.x() <= box.right() + 2 && point.y() >= box.y() - 2
				&& point.y() <= box.bottom() + 2, point + " is not on " + box);
	}

	@Test
	void connectionFindingsAreMarkedOnTheLine() {
		Ecosystem riverside = DiagramModels.ecosystem(examples, "riverside");
		Diagram diagram = Diagrams.systemMap(riverside, SOURCES, DiagramModels.findings(examples), SystemMapGenerator.Grouping.CATEGORY);
		DiagramNode marker = diagram.node("finding/connection/riverside/referral/gp/primaryCareMH");
		assertNotNull(marker);
		assertTrue(marker.note().contains("[no-declined-pathway]"), marker.note());
		DiagramEdge line = diagram.edge("connection/riverside/referral/gp/primaryCareMH");
		double nearest = Double.MAX_VALUE;
		for (int i = 1; i < line.points().size(); i++) {
			nearest = Math.min(nearest, distance(marker.bounds().centerX(), marker.bounds().centerY(), line.points().get(i - 1),
					line.points().get(i)));
		}
		assertTrue(nearest <= 12, "the badge sits on its line: " + nearest + " px away");
	}

	/** ELK puts a connection's label near the middle of its line, where a badge would hide it. */
	@Test
	void connectionBadgesCoverNoLabelAndNoService() {
		for (Ecosystem ecosystem : examples.elements(Ecosystem.class)) {
			Diagram diagram = Diagrams.systemMap(ecosystem, SOURCES, DiagramModels.findings(examples),
					SystemMapGenerator.Grouping.CATEGORY);
			List<DiagramNode> badges = diagram.nodes().stream().filter(n -> n.id().startsWith("finding/connection/")).toList();
			assertTrue(!badges.isEmpty(), ecosystem.getName() + " has findings on connections");
			for (DiagramNode badge : badges) {
				for (DiagramEdge edge : diagram.edges()) {
					for (carepath.diagram.TextLine label : edge.labels()) {
						assertTrue(!badge.bounds().overlaps(label.bounds()), badge.id() + " covers '" + label.text() + "'");
					}
				}
				diagram.nodes().stream().filter(n -> n.role().equals("service"))
						.forEach(service -> assertTrue(!badge.bounds().overlaps(service.bounds()), badge.id() + " covers " + service.id()));
			}
		}
	}

	/** ELK places the labels of the lines; none may sit on another text or on a service. */
	@Test
	void noTextCoversAnotherOrAService() {
		List<Diagram> diagrams = new java.util.ArrayList<>();
		for (Ecosystem ecosystem : examples.elements(Ecosystem.class)) {
			for (SystemMapGenerator.Grouping grouping : SystemMapGenerator.Grouping.values()) {
				diagrams.add(Diagrams.systemMap(ecosystem, SOURCES, DiagramModels.findings(examples), grouping));
			}
		}
		for (Journey journey : examples.elements(Journey.class)) {
			diagrams.add(Diagrams.route(journey, SOURCES, DiagramModels.findings(examples)));
		}
		for (Diagram diagram : diagrams) {
			List<String> owners = new java.util.ArrayList<>();
			List<carepath.diagram.TextLine> texts = new java.util.ArrayList<>();
			diagram.nodes().forEach(node -> node.text().forEach(line -> { owners.add(node.id()); texts.add(line); }));
			diagram.edges().forEach(edge -> edge.labels().forEach(line -> { owners.add(edge.id()); texts.add(line); }));
			for (int a = 0; a < texts.size(); a++) {
				for (int b = a + 1; b < texts.size(); b++) {
					assertTrue(owners.get(a).equals(owners.get(b)) || !ink(texts.get(a)).overlaps(ink(texts.get(b))),
							diagram.id() + ": '" + texts.get(a).text() + "' and '" + texts.get(b).text() + "' overlap");
				}
			}
			for (DiagramEdge edge : diagram.edges()) {
				for (carepath.diagram.TextLine label : edge.labels()) {
					diagram.nodes().stream().filter(node -> node.role().equals("service")).forEach(service -> assertTrue(
							!ink(label).overlaps(service.bounds()), diagram.id() + ": '" + label.text() + "' on " + service.id()));
				}
			}
		}
	}

	/** A line's glyphs down to its descenders (a little less than {@link carepath.diagram.TextLine#bounds}). */
	private static Rect ink(carepath.diagram.TextLine line) {
		Rect bounds = line.bounds();
		return new Rect(bounds.x(), bounds.y(), bounds.width(), line.size() * 1.2);
	}

	/** From a point to a segment. */
	private static double distance(double x, double y, carepath.diagram.Point a, carepath.diagram.Point b) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double t = dx == 0 && dy == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / (dx * dx + dy * dy)));
		return Math.hypot(x - (a.x() + t * dx), y - (a.y() + t * dy));
	}

	@Test
	void groupedBySettingOnRequest() {
		Ecosystem riverside = DiagramModels.ecosystem(examples, "riverside");
		Diagram diagram = Diagrams.systemMap(riverside, SOURCES, FindingIndex.NONE, SystemMapGenerator.Grouping.SETTING);
		List<String> groups = diagram.nodes().stream().filter(n -> n.role().equals("category")).map(DiagramNode::id).toList();
		assertTrue(groups.contains("setting/riverside/community") && groups.contains("setting/riverside/hospital"), groups.toString());
	}

	@Test
	void routeNumbersEveryStepAndMarksUnmappedAndDeclinedHops() {
		Journey journey = DiagramModels.journey(examples, "samChallenges");
		Diagram route = Diagrams.route(journey, SOURCES, FindingIndex.NONE);
		List<Step> numbered = Journeys.frontstage(journey).stream().filter(s -> Journeys.service(s) != null).toList();
		List<DiagramNode> hops = route.nodes().stream().filter(n -> n.id().startsWith("hop/")).toList();
		assertEquals(numbered.size(), hops.size());
		for (int index = 0; index < hops.size(); index++) {
			assertEquals(Integer.toString(index + 1), hops.get(index).text().get(0).text());
			assertEquals(Ids.step(numbered.get(index)), hops.get(index).id().substring("hop/".length()));
		}
		// The checks find two unmapped handovers in this journey; the route shows the same two.
		List<String> unmapped = route.edges().stream().filter(e -> e.id().startsWith("route/"))
				.filter(e -> e.role().contains("hop-unmapped")).map(DiagramEdge::id).toList();
		assertEquals(List.of("route/step/samChallenges/waiting/rentArrears", "route/step/samChallenges/crisis/aeAttendance"),
				unmapped);
		assertTrue(route.edges().stream().anyMatch(e -> e.role().contains("hop-declined")));
		assertEquals("route", route.view());
	}
}
