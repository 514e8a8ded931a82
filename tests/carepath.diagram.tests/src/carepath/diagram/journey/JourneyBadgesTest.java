package carepath.diagram.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramModels;
import carepath.diagram.Diagrams;
import carepath.dsl.load.ModelSet;

/** The badges under a journey map's title say only what the modeller wrote: `shows`, `state`, `improves`. */
class JourneyBadgesTest {

	private static List<String> badges(String journeyLines, String name) {
		return badges("", journeyLines, name);
	}

	/** The badges of journey j, written with {@code header} after its title and {@code journeyLines} in its block. */
	private static List<String> badges(String header, String journeyLines, String name) {
		ModelSet set = DiagramModels.of("""
				journey old "Before" { stage s { step a "A" } }
				journey j "J"%s {
				%s
				  stage s { step a "A" }
				}
				""".formatted(header, journeyLines));
		Diagram diagram = Diagrams.journeyMap(DiagramModels.journey(set, name), DiagramModels.SOURCES, DiagramModels.findings(set));
		return diagram.nodes().stream().filter(node -> node.role().startsWith("badge"))
				.map(node -> node.text().get(0).text()).toList();
	}

	@Test
	void aJourneyWithoutShowsOrStateHasNoBadges() {
		assertEquals(List.of(), badges("", "j"));
	}

	@Test
	void writtenShowsAndStateAreBadges() {
		assertEquals(List.of("challenges", "as-is"), badges("  shows challenges\n  state as-is", "j"));
		assertEquals(List.of("good practice", "to-be"), badges("  shows good-practice\n  state to-be", "j"));
	}

	@Test
	void improvesNamesTheJourneyByItsTitle() {
		assertEquals(List.of("to-be", "improves Before"), badges(" improves old", "  state to-be", "j"));
	}

	@Test
	void theHeaderLeavesNoGapWhereBadgesWouldBe() {
		ModelSet set = DiagramModels.of("journey j \"J\" { stage s { step a \"A\" } }\n");
		Diagram plain = Diagrams.journeyMap(DiagramModels.journey(set, "j"), DiagramModels.SOURCES, DiagramModels.findings(set));
		ModelSet badged = DiagramModels.of("journey j \"J\" { state as-is stage s { step a \"A\" } }\n");
		Diagram withBadge = Diagrams.journeyMap(DiagramModels.journey(badged, "j"), DiagramModels.SOURCES,
				DiagramModels.findings(badged));
		assertEquals(24, stageTop(withBadge) - stageTop(plain), 0.01);
	}

	private static double stageTop(Diagram diagram) {
		return diagram.nodes().stream().filter(node -> node.role().equals("stage")).mapToDouble(node -> node.bounds().y())
				.findFirst().orElseThrow();
	}
}
