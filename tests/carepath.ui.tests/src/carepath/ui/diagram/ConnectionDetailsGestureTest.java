package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/** A connection's access criterion and who decides, from its context menu. */
class ConnectionDetailsGestureTest {
	private Gestures gestures;

	@BeforeEach
	void open() throws Exception {
		gestures = Gestures.open(Workbenches.exampleProject("mental-health"), "system-map.journey", DiagramKind.SYSTEM);
	}

	@AfterEach
	void close() {
		gestures.close();
	}

	@Test
	void aCriterionAndWhoDecides() throws Exception {
		String before = gestures.text();
		gestures.menu("connection/riverside/signpost/adp/mutualAid", "Add an access criterion");
		gestures.answer("Wants peer support", null);
		gestures.waitForEdit(before);
		String withCriterion = before.replace("  signpost adp -> mutualAid\n", "  signpost adp -> mutualAid { criteria \"Wants peer support\" }\n");
		assertEquals(withCriterion, gestures.text());
		gestures.menu("connection/riverside/signpost/adp/mutualAid", "Who decides");
		gestures.answer("The person", null);
		gestures.waitForEdit(withCriterion);
		assertEquals(withCriterion.replace("{ criteria \"Wants peer support\" }", "{ criteria \"Wants peer support\" decided by \"The person\" }"),
				gestures.text());
	}
}
