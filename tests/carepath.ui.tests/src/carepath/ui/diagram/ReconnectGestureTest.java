package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Dragging a line by one of its ends onto another service: that end of the connection moves, only its name changes. */
class ReconnectGestureTest extends OnAMap.OnTheSystemMap {
	@Test
	void theEndDraggedMoves() throws Exception {
		check("target", "  referral gp -> cafe\n");
	}

	@Test
	void theStartDraggedMoves() throws Exception {
		check("source", "  referral cafe -> linkWorker\n");
	}

	private void check(String end, String expected) {
		String line = "  referral gp -> linkWorker\n";
		String before = gestures.text();
		assertTrue(before.contains(line));
		String connection = "connection/riverside/referral/gp/linkWorker";
		Object ends = gestures.page("return carepath.ends('" + connection + "');");
		assertNotNull(ends);
		Matcher point = Pattern.compile("\"" + end + "\":\\{\"x\":([-0-9.e]+),\"y\":([-0-9.e]+)\\}").matcher(ends.toString());
		assertTrue(point.find(), ends.toString());
		gestures.dragAt(connection, Double.parseDouble(point.group(1)), Double.parseDouble(point.group(2)), "service/riverside/cafe");
		gestures.waitForEdit(before);
		assertEquals(before.replace(line, expected), gestures.text());
		gestures.undo();
		assertEquals(before, gestures.text());
	}
}
