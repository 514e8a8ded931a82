package carepath.diagram.compare;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import carepath.testing.ExampleModels;
import carepath.diagram.Diagram;
import carepath.diagram.DiagramModels;
import carepath.diagram.Diagrams;
import carepath.dsl.load.ModelSet;
import carepath.model.Journey;

/** The as-is and to-be journeys side by side: steps marked added, removed, changed; the figures compared. */
class ComparisonViewTest {

	@Test
	void heartFailurePair() {
		ModelSet examples = ExampleModels.load();
		Journey toBe = DiagramModels.journey(examples, "hfRiaStraks");
		Diagram diagram = Diagrams.comparison(toBe, SOURCES);
		assertEquals("compare", diagram.view());
		DiagramModels.assertUniqueIds(diagram);
		DiagramModels.assertTextFits(diagram);
		assertTrue(diagram.node("compare/asis/step/hfRiaNu/ontregeling/opname").role().contains("removed"));
		assertTrue(diagram.node("compare/tobe/step/hfRiaStraks/bijsturen/alarm").role().contains("added"));
		assertTrue(diagram.node("compare/tobe/step/hfRiaStraks/signalen/consult").role().contains("changed"));
		assertTrue(diagram.node("compare/stage/ontregeling").role().contains("removed"));
		assertTrue(diagram.node("compare/stage/bijsturen").role().contains("added"));
		for (String figure : new String[] { "total-wait", "handovers", "lowest-person-score" }) {
			assertNotNull(diagram.node("compare/figure/" + figure), figure);
		}
		assertTrue(diagram.node("compare/figure/total-wait").text().stream().anyMatch(l -> l.text().contains("10 weeks 4 hours")),
				diagram.node("compare/figure/total-wait").text().toString());
	}

	@Test
	void noComparisonWithoutImproves() {
		ModelSet examples = ExampleModels.load();
		assertEquals(null, Diagrams.comparison(DiagramModels.journey(examples, "hfRiaNu"), SOURCES));
	}
}
