package carepath.ui.diagram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/**
 * From a gesture in the diagram to the redrawn diagram, on the typical example's journey map: a
 * step's title changed by double-click and Enter, again and again; and how long the UI thread
 * goes without handling events meanwhile. Prints BENCHMARK lines (./dev bench).
 */
class GestureBenchmark {
	private static final int GESTURES = 25;

	@Test
	void gestureToRedrawnDiagram() throws Exception {
		Gestures gestures = Gestures.open(Workbenches.exampleProject("mental-health"), "sam-challenges.journey", DiagramKind.JOURNEY);
		String step = "step/samChallenges/seeking/firstVisit";
		UiWatch watch = new UiWatch(Display.getCurrent());
		watch.start();
		List<Long> latencies = new ArrayList<>();
		try {
			for (int gesture = 0; gesture < GESTURES; gesture++) {
				watch.edit = gesture;
				String before = gestures.text();
				long shown = gestures.view.shownVersion();
				gestures.doubleClick(step);
				long made = System.nanoTime();
				gestures.answer("Sees his GP, take " + gesture, null);
				Workbenches.waitUntil("gesture " + gesture + " drawn", Duration.ofSeconds(30),
						() -> !gestures.text().equals(before) && gestures.view.shownVersion() > shown
								&& gestures.editor.latest().text().equals(gestures.text()));
				latencies.add((gestures.view.shownAt() - made) / 1_000_000);
				Workbenches.idle(Duration.ofMillis(100));
			}
		} finally {
			watch.stop();
			gestures.close();
		}
		List<Long> warm = new ArrayList<>(latencies.subList(5, latencies.size()));
		Collections.sort(warm);
		System.out.printf("BENCHMARK workbench gesture (retitle a step) to redrawn journey map (pause 50 ms included): median %d ms, "
				+ "min %d, max %d over %d gestures%n", warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1), warm.size());
		long warmGap = watch.longestGapMs(5);
		System.out.printf("BENCHMARK workbench UI thread longest gap between events while making gestures: %d ms (warm: %s)%n",
				watch.longestGapMs(), warmGap == 0 ? "none over 30 ms" : warmGap + " ms");
		System.out.println("gesture UI gaps over 30 ms:\n  " + watch.describeGaps());
	}
}
