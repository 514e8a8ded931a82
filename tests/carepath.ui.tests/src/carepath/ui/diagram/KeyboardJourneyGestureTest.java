package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** On the journey map without the mouse: `c` adds a card of the kind chosen to the selected step, `n` a step after it. */
class KeyboardJourneyGestureTest extends OnAMap.OnTheJourneyMap {

	@Test
	void cAddsACardOfTheKindChosen() throws Exception {
		String before = gestures.text();
		gestures.click("step/samChallenges/crisis/aeAttendance");
		gestures.key("c", false);
		gestures.chooseAndType("Staff knew him from before", "good");
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("      good \"Staff knew him from before\"\n"), gestures.text());
	}

	@Test
	void nAddsAStepAfterTheSelectedOne() throws Exception {
		String before = gestures.text();
		gestures.click("step/samChallenges/crisis/aeAttendance");
		gestures.key("n", false);
		gestures.answer("Taken home by a friend", null);
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("\n    step takenHomeByAFriend \"Taken home by a friend\"\n"), gestures.text());
	}
}
