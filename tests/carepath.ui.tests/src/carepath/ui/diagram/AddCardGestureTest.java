package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/** Pain point, Good practice and Change idea from the palette, clicked on a step: a card on that step. */
class AddCardGestureTest extends OnAMap.OnTheJourneyMap {
	@Test
	void aPainPointOfTheKindChosen() throws Exception {
		String before = gestures.text();
		gestures.tool("pain");
		gestures.click("step/samChallenges/crisis/aeAttendance");
		gestures.answer("Nobody asked about his drinking", "repetition");
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("      pain repetition \"Nobody asked about his drinking\"\n    }"), gestures.text());
		gestures.undo();
		assertEquals(before, gestures.text());
	}

	@Test
	void anIdeaClickedOnACardOfTheStep() throws Exception {
		String before = gestures.text();
		gestures.tool("idea");
		gestures.click("pain/step/samChallenges/seeking/firstVisit/0");
		gestures.answer("Longer first appointments", null);
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("idea \"Longer first appointments\""), gestures.text());
		Workbenches.screenshot("studio-add-card");
	}
}
