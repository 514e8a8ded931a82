package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A step's service and channel chosen from the ecosystem's services in the context menu's form. */
class StepPlaceGestureTest extends OnAMap.OnTheJourneyMap {
	@Test
	void serviceAndChannelChangeInPlace() throws Exception {
		String before = gestures.text();
		assertTrue(before.contains("      at gp via face-to-face\n"));
		gestures.menu("step/samChallenges/seeking/firstVisit", "Service and channel");
		gestures.choose("service/riverside/primaryCareMH", "video");
		gestures.waitForEdit(before);
		assertEquals(before.replaceFirst("      at gp via face-to-face\n", "      at primaryCareMH via video\n"), gestures.text());
		gestures.undo();
		assertEquals(before, gestures.text());
	}
}
