package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Delete on a selected card removes that card's line only, never its step. */
class DeleteCardGestureTest extends OnAMap.OnTheJourneyMap {
	@Test
	void theCardGoesAndTheStepStays() throws Exception {
		String before = gestures.text();
		String line = "      pain waiting \"Three weeks to get a routine appointment\"\n";
		assertTrue(before.contains(line));
		gestures.click("pain/step/samChallenges/seeking/firstVisit/0");
		gestures.key("Delete", false);
		gestures.waitForEdit(before);
		assertEquals(before.replace(line, ""), gestures.text());
		assertTrue(gestures.has("step/samChallenges/seeking/firstVisit"), "the step is still drawn");
	}
}
