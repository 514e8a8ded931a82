package carepath.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;

import carepath.analysis.CheckSettings;
import carepath.analysis.WorkshopChecks;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.testing.ExampleModels;

/** Models for the diagram tests, from texts; the parser's ranges as the source locator; assertions on diagrams. */
public final class DiagramModels {
	public static final SourceLocator SOURCES = ParsedSources.INSTANCE;

	private DiagramModels() {
	}

	/** Each text a file f1.journey... of one set, resolved. */
	public static ModelSet of(String... texts) {
		ModelSet set = JourneyLanguage.newModelSet();
		for (int i = 0; i < texts.length; i++) {
			set.add("f" + (i + 1) + ".journey", URI.createFileURI("/test/f" + (i + 1) + ".journey"), texts[i]);
		}
		EcoreUtil.resolveAll(set.resourceSet());
		return set;
	}

	public static FindingIndex findings(ModelSet set) {
		return new FindingIndex(WorkshopChecks.run(set.resourceSet().getResources(), CheckSettings.DEFAULTS));
	}

	public static Journey journey(ModelSet set, String name) {
		return ExampleModels.named(set, Journey.class, name);
	}

	public static Ecosystem ecosystem(ModelSet set, String name) {
		return ExampleModels.named(set, Ecosystem.class, name);
	}

	/** Every id of the diagram is used once. */
	public static void assertUniqueIds(Diagram diagram) {
		Set<String> ids = new HashSet<>();
		for (DiagramNode node : diagram.nodes()) {
			assertTrue(ids.add(node.id()), "id used twice: " + node.id());
		}
		for (DiagramEdge edge : diagram.edges()) {
			assertTrue(ids.add(edge.id()), "id used twice: " + edge.id());
		}
	}

	/** No line of text is wider than the box it is in (centred lines: centred in it). */
	public static void assertTextFits(Diagram diagram) {
		for (DiagramNode node : diagram.nodes()) {
			Rect box = node.bounds();
			if (node.role().startsWith("dot") || node.role().startsWith("scale") || node.role().startsWith("wait")
					|| node.role().startsWith("finding") || node.role().startsWith("hop")) {
				continue; // labels beside a mark, not inside a box
			}
			for (TextLine line : node.text()) {
				double width = TextMeasurer.width(line.text(), line.size(), line.bold());
				double left = line.centred() ? line.x() - width / 2 : line.x();
				assertTrue(left >= box.x() - 0.5 && left + width <= box.right() + 0.5,
						String.format("'%s' (%.1f wide) overflows %s %s", line.text(), width, node.id(), box));
				// Baseline within the box, and the descenders of the last line too.
				assertTrue(line.y() - line.size() >= box.y() - 0.5 && line.y() + line.size() * 0.25 <= box.bottom() + 0.5,
						String.format("'%s' (baseline %.1f) is outside %s %s", line.text(), line.y(), node.id(), box));
			}
		}
	}

	public static void assertSameIds(Diagram a, Diagram b) {
		assertEquals(a.nodes().stream().map(DiagramNode::id).sorted().toList(), b.nodes().stream().map(DiagramNode::id).sorted().toList());
		assertEquals(a.edges().stream().map(DiagramEdge::id).sorted().toList(), b.edges().stream().map(DiagramEdge::id).sorted().toList());
	}
}
