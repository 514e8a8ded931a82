package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/** The palette's Service, clicked in a category group: a titled service in that category, drawn, selected, undone in one step. */
class AddServiceGestureTest extends OnAMap.OnTheSystemMap {
	@Test
	void aServiceIsAddedToTheGroupClicked() throws Exception {
		String before = gestures.text();
		gestures.tool("service");
		gestures.click("category/riverside/crisis");
		gestures.page("document.querySelector('#ask input').value = 'Crisis café'; return true;");
		Workbenches.idle(java.time.Duration.ofMillis(300));
		Workbenches.screenshot("studio-edit-in-progress");
		gestures.answer("Crisis café", null);
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("\n  service crisisCafé \"Crisis café\" in crisis\n}"), gestures.text());
		assertTrue(gestures.editor.isDirty(), "the file is changed, not saved");
		assertTrue(gestures.has("service/riverside/crisisCafé"), "drawn");
		assertEquals("service/riverside/crisisCafé", gestures.selected(), "the new service is selected");
		Workbenches.screenshot("studio-add-service");

		gestures.undo();
		assertEquals(before, gestures.text(), "one undo takes the whole gesture back");
		gestures.redo();
		assertTrue(gestures.text().contains("service crisisCafé"));
	}
}
