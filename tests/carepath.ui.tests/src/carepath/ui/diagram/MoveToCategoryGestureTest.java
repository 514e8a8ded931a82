package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dragging a service into another category group: only `in CATEGORY` changes; a drop into its own group changes nothing. */
class MoveToCategoryGestureTest extends OnAMap.OnTheSystemMap {
	@Test
	void theServiceMovesToTheGroupItIsDroppedIn() throws Exception {
		String before = gestures.text();
		gestures.drag("service/riverside/gp", "category/riverside/community");
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("service gp \"GP practice\" in community {"), gestures.text());
		assertEquals(before.length() + "community".length() - "clinical".length(), gestures.text().length(), "nothing else changed");
		gestures.undo();
		assertEquals(before, gestures.text());
	}

	@Test
	void aDropIntoItsOwnGroupIsNoChange() {
		String before = gestures.text();
		gestures.drag("service/riverside/gp", "category/riverside/clinical");
		assertEquals("", gestures.notice());
		assertEquals(before, gestures.text());
		assertTrue(!gestures.editor.isDirty(), "not even an empty change");
	}
}
