package carepath.ui.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.widgets.Display;

/**
 * Posts a task to the UI thread every few milliseconds and records how long it waits to run;
 * while it waits more than 30 ms, samples the UI thread's stack to say what held it up.
 */
final class UiWatch {
	private final Display display;
	private final List<long[]> gaps = Collections.synchronizedList(new ArrayList<>());
	private final List<String> blame = Collections.synchronizedList(new ArrayList<>());
	volatile int edit;
	private volatile boolean running;
	private Thread thread;

	UiWatch(Display display) {
		this.display = display;
	}

	void start() {
		running = true;
		Thread ui = display.getThread();
		thread = new Thread(() -> {
			while (running) {
				long posted = System.nanoTime();
				int during = edit;
				java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
				display.asyncExec(() -> ran.set(true));
				java.util.Map<String, Integer> frames = new java.util.TreeMap<>();
				while (!ran.get() && running) {
					pause(3);
					if ((System.nanoTime() - posted) / 1_000_000 > 30 && !ran.get()) {
						frames.merge(frameOf(ui.getStackTrace()), 1, Integer::sum);
					}
				}
				long gap = (System.nanoTime() - posted) / 1_000_000;
				if (gap > 30) {
					gaps.add(new long[] { during, gap });
					blame.add("edit " + during + ", " + gap + " ms: " + frames);
				}
				pause(5);
			}
		}, "UI watch");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Where the UI thread was: its two innermost frames outside the JDK, SWT's native calls and
	 * this test's own wait loop (which runs the event loop while the test waits).
	 */
	private static String frameOf(StackTraceElement[] stack) {
		List<String> frames = new ArrayList<>();
		for (StackTraceElement frame : stack) {
			String name = frame.getClassName();
			if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")
					&& !name.startsWith("org.eclipse.swt.internal.") && !name.equals("carepath.ui.Workbenches")) {
				frames.add(name.substring(name.lastIndexOf('.') + 1) + "." + frame.getMethodName());
			}
			if (frames.size() == 2) {
				break;
			}
		}
		return frames.isEmpty() ? "(native)" : String.join(" < ", frames);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	void stop() throws InterruptedException {
		running = false;
		thread.join(1000);
	}

	long longestGapMs() {
		return longestGapMs(0);
	}

	String describeGaps() {
		synchronized (blame) {
			return String.join("\n  ", blame);
		}
	}

	/** The longest gap over 30 ms from this edit on (the first ones load classes and warm up); 0 if none. */
	long longestGapMs(int fromEdit) {
		synchronized (gaps) {
			return gaps.stream().filter(g -> g[0] >= fromEdit).mapToLong(g -> g[1]).max().orElse(0);
		}
	}
}
