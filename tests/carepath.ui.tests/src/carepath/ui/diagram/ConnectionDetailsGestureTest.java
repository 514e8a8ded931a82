package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A connection's access criterion and who decides, from its context menu. */
class ConnectionDetailsGestureTest extends OnAMap.OnTheSystemMap {
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
