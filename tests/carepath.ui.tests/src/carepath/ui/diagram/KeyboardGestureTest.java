package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every gesture without the mouse: Tab walks the drawn elements, `n` adds, `r` and `s` connect the selected service. */
class KeyboardGestureTest extends OnAMap.OnTheSystemMap {

	@Test
	void tabWalksTheDrawnElementsBothWays() {
		gestures.key("Tab", false);
		String first = gestures.selected();
		assertTrue(!first.isEmpty(), "an element is selected");
		gestures.key("Tab", false);
		assertNotEquals(first, gestures.selected());
		gestures.key("Tab", true);
		assertEquals(first, gestures.selected());
	}

	@Test
	void rConnectsTheSelectedServiceToTheOneChosen() throws Exception {
		String before = gestures.text();
		gestures.click("service/riverside/ae");
		gestures.key("r", false);
		gestures.choose("service/riverside/cafe");
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("\n  referral ae -> cafe\n}"), gestures.text());
		gestures.undo();
		assertEquals(before, gestures.text());
	}

	@Test
	void nAddsAServiceToTheSelectedCategory() throws Exception {
		String before = gestures.text();
		gestures.click("category/riverside/practical");
		gestures.key("n", false);
		gestures.answer("Night shelter", null);
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("\n  service nightShelter \"Night shelter\" in practical\n}"), gestures.text());
	}
}
