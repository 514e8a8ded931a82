package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dragging a point of the person's experience curve up by one band: the score goes up by one, snapped; the quote stays. */
class FeelingGestureTest extends OnAMap.OnTheJourneyMap {
	@Test
	void aDotDraggedUpOneBandScoresOneMore() throws Exception {
		String before = gestures.text();
		String dot = "dot/person/step/samChallenges/seeking/firstVisit";
		double zoom = ((Number) gestures.page("return carepath.zoom();")).doubleValue();
		gestures.drag(dot, dot, 0, (int) Math.round(-20 * zoom));
		gestures.waitForEdit(before);
		assertEquals(before.replace("person feels -1 \"Glad to finally", "person feels 0 \"Glad to finally"), gestures.text());
		assertTrue((Boolean) gestures.page("return document.getElementById('" + dot + "').getAttribute('class').indexOf('score-0') >= 0;"),
				"the dot is drawn at its new score");
		gestures.undo();
		assertEquals(before, gestures.text());
	}
}
