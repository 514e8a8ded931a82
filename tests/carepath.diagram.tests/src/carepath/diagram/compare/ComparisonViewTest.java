package carepath.diagram.compare;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import carepath.testing.ExampleModels;
import carepath.diagram.Diagram;
import carepath.diagram.DiagramNode;
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
		// A changed card says what changed, in print, and before and after on hover.
		DiagramNode poli = diagram.node("compare/tobe/step/hfRiaStraks/diagnose/poliBezoek");
		String printed = String.join(" ", poli.text().stream().map(line -> line.text()).toList());
		assertTrue(printed.contains("changed: title, person's experience, professional's experience, pain points, wait"),
				printed);
		assertTrue(poli.note().contains("wait before: 6 weeks → 2 weeks"), poli.note());
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
