package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Delete on the selected element: a connection goes with its block; a service that other lines
 * refer to asks first, naming them, and takes those references with it only when told to.
 */
class DeleteGestureTest extends OnAMap.OnACopyOfTheSystemMap {
	@Test
	void aConnectionGoes() throws Exception {
		String before = gestures.text();
		String line = "  signpost adp -> mutualAid\n";
		assertTrue(before.contains(line));
		gestures.click("connection/riverside/signpost/adp/mutualAid");
		gestures.key("Delete", false);
		gestures.waitForEdit(before);
		assertEquals(before.replace(line, ""), gestures.text());
		assertFalse(gestures.has("connection/riverside/signpost/adp/mutualAid"));
		gestures.undo();
		assertEquals(before, gestures.text());
	}

	@Test
	void aServiceReferredToAsksAndStaysWhenTheAnswerIsNo() throws Exception {
		String before = gestures.text();
		gestures.answer = false;
		gestures.click("service/riverside/mutualAid");
		gestures.key("Delete", false);
		gestures.settle();
		assertEquals(1, gestures.questions.size());
		String question = gestures.questions.get(0);
		assertTrue(question.contains("system-map.journey, line 167: signpost adp -> mutualAid"), question);
		assertTrue(question.endsWith("Delete those references too?"), question);
		assertEquals(before, gestures.text(), "nothing changed");
	}

	@Test
	void aServiceReferredToGoesWithItsReferencesWhenTheAnswerIsYes() throws Exception {
		String before = gestures.text();
		gestures.click("service/riverside/mutualAid");
		gestures.key("Delete", false);
		gestures.waitForEdit(before);
		assertFalse(gestures.text().contains("mutualAid"), gestures.text());
		assertFalse(gestures.has("service/riverside/mutualAid"));
		gestures.undo();
		assertEquals(before, gestures.text(), "one undo brings the service and its connections back");
	}
}
