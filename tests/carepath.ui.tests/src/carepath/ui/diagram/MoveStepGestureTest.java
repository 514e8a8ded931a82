package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dragging a step card onto another step: it moves before that step, its lines as written. */
class MoveStepGestureTest extends OnAMap.OnTheJourneyMap {
	@Test
	void theStepMovesBeforeTheOneItIsDroppedOn() throws Exception {
		String before = gestures.text();
		gestures.drag("step/samChallenges/waiting/rentArrears", "step/samChallenges/waiting/adpSelfReferral");
		gestures.waitForEdit(before);
		String text = gestures.text();
		assertTrue(text.indexOf("step rentArrears") < text.indexOf("step adpSelfReferral"), text);
		assertEquals(before.length(), text.length(), "the same lines, in another order");
		assertEquals("step/samChallenges/waiting/rentArrears", gestures.selected(), "the moved step stays selected");
		gestures.undo();
		assertEquals(before, gestures.text());
	}
}
