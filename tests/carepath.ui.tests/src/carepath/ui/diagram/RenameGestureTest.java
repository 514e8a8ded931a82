package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Shift+F2 on a selected service: its name and every reference to it in the project; the
 * journeys in files no editor shows are changed and saved, as Xtext's rename does.
 */
class RenameGestureTest extends OnAMap.OnACopyOfTheSystemMap {
	@Test
	void theNameChangesEverywhere() throws Exception {
		String before = gestures.text();
		String journeyBefore = saved("sam-challenges.journey");
		assertTrue(journeyBefore.contains("at linkWorker via phone"));
		gestures.click("service/riverside/linkWorker");
		gestures.key("F2", true);
		assertEquals("linkWorker", gestures.page("return document.querySelector('#ask input').value;"));
		gestures.answer("communityLinks", null);
		gestures.waitForEdit(before);
		assertFalse(gestures.text().contains("linkWorker"), gestures.text());
		assertTrue(gestures.text().contains("service communityLinks \"Community link worker\""));
		assertTrue(saved("sam-challenges.journey").contains("at communityLinks via phone"), "the other file's reference");
		assertEquals(journeyBefore.replace("linkWorker", "communityLinks"), saved("sam-challenges.journey"), "and nothing else there");
		assertTrue(gestures.has("service/riverside/communityLinks"));
		assertEquals("service/riverside/communityLinks", gestures.selected(), "the renamed service stays selected");
	}

	@Test
	void aNameThatIsNoNameIsRefused() throws Exception {
		String before = gestures.text();
		gestures.click("service/riverside/gp");
		gestures.key("F2", true);
		gestures.answer("family doctor", null);
		assertTrue(gestures.notice().startsWith("Nothing changed: 'family doctor' is not a name"), gestures.notice());
		assertEquals(before, gestures.text());
	}
}
