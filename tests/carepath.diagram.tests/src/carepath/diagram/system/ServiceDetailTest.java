package carepath.diagram.system;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramModels;
import carepath.diagram.DiagramNode;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.system.SystemMapGenerator.Grouping;
import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.testing.ExampleModels;

/** With detail, a service's box says what it provides and its access criteria, wrapped to fit the box. */
class ServiceDetailTest {

	private static String text(DiagramNode node) {
		return String.join(" ", node.text().stream().map(line -> line.text()).toList());
	}

	@Test
	void aServiceBoxSaysWhatItProvidesAndWhoCanUseIt() {
		ModelSet set = DiagramModels.of("""
				ecosystem e "E" {
				  service cafe "Recovery cafe" {
				    provides "Peer support"
				    provides "A warm meal on Thursdays, cooked by volunteers in recovery themselves"
				    access "Anyone in recovery, self-referral"
				  }
				  service gp "GP practice"
				}
				""");
		Ecosystem ecosystem = DiagramModels.ecosystem(set, "e");
		Diagram plain = Diagrams.systemMap(ecosystem, SOURCES, FindingIndex.NONE, Grouping.CATEGORY);
		Diagram detailed = Diagrams.systemMap(ecosystem, SOURCES, FindingIndex.NONE, Grouping.CATEGORY, true);
		DiagramNode cafe = detailed.node("service/e/cafe");
		String said = text(cafe);
		assertTrue(said.contains("Provides: Peer support; A warm meal on Thursdays"), said);
		assertTrue(said.contains("Access: Anyone in recovery, self-referral"), said);
		assertTrue(cafe.bounds().height() > plain.node("service/e/cafe").bounds().height(), "the box grows to hold it");
		assertTrue(!text(plain.node("service/e/cafe")).contains("Provides"), "only with detail");
		assertEquals(text(plain.node("service/e/gp")), text(detailed.node("service/e/gp")), "nothing to add, nothing added");
		DiagramModels.assertTextFits(detailed);
	}

	@Test
	void theExamplesDetailedFitTheirBoxes() {
		ModelSet examples = ExampleModels.load();
		for (Ecosystem ecosystem : examples.elements(Ecosystem.class)) {
			Diagram detailed = Diagrams.systemMap(ecosystem, SOURCES, DiagramModels.findings(examples), Grouping.CATEGORY, true);
			DiagramModels.assertTextFits(detailed);
			List<DiagramNode> withDetail = detailed.nodes().stream().filter(node -> node.role().equals("service"))
					.filter(node -> text(node).contains("Provides: ") || text(node).contains("Access: ")).toList();
			assertTrue(!withDetail.isEmpty(), ecosystem.getName() + " says what its services provide");
		}
	}
}
