package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The palette's Step on a step adds one after it; the context menu adds one before; Stage adds a stage at the end. */
class AddStepGestureTest extends OnAMap.OnTheJourneyMap {
	@Test
	void aStepAfterTheOneClicked() throws Exception {
		String before = gestures.text();
		gestures.tool("step");
		gestures.click("step/samChallenges/crisis/aeAttendance");
		gestures.answer("Sobers up in the waiting room", null);
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("\n    step sobersUpInTheWaitingRoom \"Sobers up in the waiting room\"\n"), gestures.text());
		assertTrue(gestures.has("step/samChallenges/crisis/sobersUpInTheWaitingRoom"), "drawn");
		assertEquals("step/samChallenges/crisis/sobersUpInTheWaitingRoom", gestures.selected());
		gestures.undo();
		assertEquals(before, gestures.text());
	}

	@Test
	void aStepBeforeFromTheContextMenu() throws Exception {
		String before = gestures.text();
		gestures.page("var g = document.getElementById('step/samChallenges/seeking/firstVisit');"
				+ "g.dispatchEvent(new MouseEvent('contextmenu', {bubbles: true, clientX: 200, clientY: 200})); return true;");
		gestures.page("Array.from(document.querySelectorAll('#menu div')).filter(function (d) { return d.textContent === 'Add a step before'; })[0]"
				+ ".click(); return true;");
		gestures.answer("Searches online", null);
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("  stage seeking \"Asking for help\" {\n    step searchesOnline \"Searches online\"\n    step firstVisit"),
				gestures.text());
	}

	@Test
	void aStageAtTheEnd() throws Exception {
		String before = gestures.text();
		gestures.tool("stage");
		gestures.click("step/samChallenges/crisis/aeAttendance");
		gestures.answer("Recovery", null);
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("\n  stage recovery \"Recovery\"\n"), gestures.text());
		assertTrue(gestures.has("stage/samChallenges/recovery"), "drawn");
	}
}
