package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** If declined: dragging from a referral to the service people go to instead, and the context menu's supported mark. */
class DeclinedPathwayGestureTest extends OnAMap.OnTheSystemMap {
	@Test
	void theReferralGetsItsDeclinedPathway() throws Exception {
		String before = gestures.text();
		assertTrue(before.contains("  referral gp -> linkWorker\n"));
		gestures.tool("declined");
		gestures.drag("connection/riverside/referral/gp/linkWorker", "service/riverside/cafe");
		gestures.waitForEdit(before);
		assertEquals(before.replace("  referral gp -> linkWorker\n", "  referral gp -> linkWorker { if declined -> cafe }\n"),
				gestures.text());
		assertTrue(gestures.has("declined/connection/riverside/referral/gp/linkWorker"), "the declined pathway is drawn");
		gestures.undo();
		assertEquals(before, gestures.text());
	}

	@Test
	void theContextMenuMarksAConnectionSupported() throws Exception {
		String before = gestures.text();
		gestures.page("var g = document.getElementById('connection/riverside/signpost/adp/mutualAid');"
				+ "g.dispatchEvent(new MouseEvent('contextmenu', {bubbles: true, clientX: 200, clientY: 200})); return true;");
		gestures.page("Array.from(document.querySelectorAll('#menu div')).filter(function (d) { return d.textContent === 'Mark supported'; })[0]"
				+ ".click(); return true;");
		gestures.waitForEdit(before);
		assertEquals(before.replace("  signpost adp -> mutualAid\n", "  signpost adp -> mutualAid { supported }\n"), gestures.text());
	}
}
