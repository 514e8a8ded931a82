package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dragging from one service to another with Referral or Signpost: a new connection line; a drop beside any service changes nothing. */
class ConnectGestureTest extends OnAMap.OnTheSystemMap {
	@Test
	void aSignpostIsDrawnBetweenTheTwoServices() throws Exception {
		String before = gestures.text();
		gestures.tool("signpost");
		gestures.drag("service/riverside/ae", "service/riverside/cafe");
		gestures.waitForEdit(before);
		assertTrue(gestures.text().contains("\n  signpost ae -> cafe\n}"), gestures.text());
		assertTrue(gestures.has("connection/riverside/signpost/ae/cafe"), "drawn");
		assertEquals("connection/riverside/signpost/ae/cafe", gestures.selected(), "and selected");
		gestures.undo();
		assertEquals(before, gestures.text());
	}

	@Test
	void aDropOnNoServiceSaysSo() throws Exception {
		String before = gestures.text();
		gestures.tool("referral");
		gestures.drag("service/riverside/gp", "category/riverside/crisis");
		assertEquals("Drop on a service.", gestures.notice());
		assertEquals(before, gestures.text());
	}

	@Test
	void aDashedLineFollowsThePointerWhileConnecting() throws Exception {
		gestures.tool("referral");
		gestures.page("var g = document.getElementById('service/riverside/ae');"
				+ "g.dispatchEvent(new MouseEvent('mousedown', {bubbles: true, button: 0, clientX: 100, clientY: 100}));"
				+ "window.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: 180, clientY: 160})); return true;");
		assertEquals(Boolean.TRUE, gestures.page("return document.getElementById('cp-rubber') !== null;"), "the line is drawn");
		gestures.page("window.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, button: 0, clientX: 180, clientY: 160})); return true;");
		assertEquals(Boolean.FALSE, gestures.page("return document.getElementById('cp-rubber') !== null;"), "and gone when let go");
		assertEquals("Drop on a service.", gestures.notice());
	}
}
