package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Direct editing of a box's title: double-click or F2 on the selected box; only the quoted title changes. */
class RetitleGestureTest extends OnAMap.OnTheSystemMap {
	@Test
	void doubleClickEditsTheTitleInPlace() throws Exception {
		String before = gestures.text();
		gestures.doubleClick("service/riverside/gp");
		assertEquals("GP practice", gestures.page("return document.querySelector('#ask input').value;"), "the form starts from the title");
		gestures.answer("Family doctor", null);
		gestures.waitForEdit(before);
		assertEquals(before.replace("service gp \"GP practice\"", "service gp \"Family doctor\""), gestures.text());
		assertTrue(gestures.has("service/riverside/gp"));
		assertEquals("service/riverside/gp", gestures.selected());
	}

	@Test
	void f2OnTheSelectedBoxDoesTheSame() throws Exception {
		String before = gestures.text();
		gestures.click("service/riverside/cmht");
		gestures.key("F2", false);
		gestures.answer("Mental health team", null);
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("service cmht \"Mental health team\" in clinical {"), gestures.text());
		gestures.undo();
		assertEquals(before, gestures.text());
	}
}
