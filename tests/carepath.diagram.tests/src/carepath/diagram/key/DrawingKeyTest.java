package carepath.diagram.key;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramModels;
import carepath.diagram.DiagramNode;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.svg.SvgRenderer;
import carepath.diagram.system.SystemMapGenerator.Grouping;
import carepath.dsl.load.ModelSet;
import carepath.testing.ExampleModels;

/** Every drawing carries a key of exactly the line styles, colours and badges it uses, drawn in their own styles. */
class DrawingKeyTest {

	private static Diagram systemMap(String connections) {
		ModelSet set = DiagramModels.of("""
				ecosystem e "E" {
				  service a "A"
				  service b "B"
				  service c "C"
				%s
				}
				""".formatted(connections));
		return Diagrams.systemMap(DiagramModels.ecosystem(set, "e"), SOURCES, FindingIndex.NONE, Grouping.CATEGORY);
	}

	private static List<String> entries(Diagram diagram) {
		return diagram.nodes().stream().map(DiagramNode::id).filter(id -> id.startsWith("key/") && !id.endsWith("/sample"))
				.toList();
	}

	@Test
	void aSystemMapExplainsOnlyTheLinesItDraws() {
		assertEquals(List.of("key/referral"), entries(systemMap("  referral a -> b { criteria \"x\" decided by \"y\" }")));
		assertEquals(List.of("key/referral", "key/signpost", "key/supported", "key/declined-pathway"),
				entries(systemMap("  referral a -> b { criteria \"x\" decided by \"y\" if declined -> c }\n"
						+ "  signpost b -> c { supported }")));
	}

	@Test
	void aMapWithNothingToExplainHasNoKey() {
		assertNull(systemMap("").node("key"));
	}

	@Test
	void samplesAreDrawnInTheStylesOfWhatTheyExplain() {
		Diagram diagram = systemMap("  signpost a -> b\n  referral b -> c { criteria \"x\" decided by \"y\" }");
		DiagramEdge signpost = diagram.edge("key/signpost/sample");
		assertNotNull(signpost);
		assertEquals("signpost", signpost.role());
		String svg = SvgRenderer.render(diagram);
		assertTrue(svg.contains("<g id=\"key\" class=\"legend key\""), "the key's group has the id key");
		// The sample's line is written with the same attributes as the map's own signpost.
		String own = lineAttributes(svg, "connection/e/signpost/a/b");
		assertEquals(own, lineAttributes(svg, "key/signpost/sample"));
	}

	@Test
	void aJourneyMapExplainsItsPainKindsAndMarks() {
		ModelSet examples = ExampleModels.load();
		Diagram diagram = Diagrams.journeyMap(DiagramModels.journey(examples, "samChallenges"), SOURCES,
				DiagramModels.findings(examples));
		List<String> entries = entries(diagram);
		for (String used : List.of("key/backstage", "key/decision", "key/pain-waiting", "key/finding-warning")) {
			assertTrue(entries.contains(used), used + " in " + entries);
		}
		assertTrue(diagram.nodes().stream().noneMatch(node -> node.role().contains("finding-error") && !node.id().startsWith("key/"))
				== !entries.contains("key/finding-error"), "an error badge is explained exactly when one is drawn");
		DiagramNode key = diagram.node("key");
		for (DiagramNode node : diagram.nodes()) {
			if (!Annex.isPart(node.id())) {
				assertTrue(node.bounds().bottom() <= key.bounds().y(), node.id() + " reaches into the key");
			}
		}
	}

	/** The attributes of the first path of the group with this id. */
	private static String lineAttributes(String svg, String id) {
		int group = svg.indexOf("<g id=\"" + id + "\"");
		assertTrue(group >= 0, "no group " + id);
		int path = svg.indexOf("<path d=\"", group);
		int attributes = svg.indexOf('"', svg.indexOf('"', path) + 1) + 1;
		return svg.substring(attributes, svg.indexOf("/>", attributes));
	}
}
