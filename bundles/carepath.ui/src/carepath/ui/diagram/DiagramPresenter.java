package carepath.ui.diagram;

import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import org.eclipse.xtext.validation.Issue;

import carepath.diagram.Diagram;
import carepath.diagram.svg.SvgRenderer;
import carepath.ui.editor.Snapshot;

/**
 * What the diagram view does between a snapshot of the text and a drawing on the page, without
 * SWT: draws the chosen view of each snapshot off the UI thread, hands the page only the drawing
 * of the newest snapshot (an older one finishing late is dropped), and keeps the last drawing up,
 * with a banner saying why, while the text does not parse or a drawing fails. Unit tests drive it
 * with their own executors and page.
 */
final class DiagramPresenter {
	/** Where drawings go, called on the UI executor: the SVG (null keeps the one shown), the banner, the text's version. */
	interface Page {
		void show(String markup, String banner, long version);
	}

	private final Page page;
	private final Executor background;
	private final Executor ui;
	private final BiConsumer<String, RuntimeException> log;
	private volatile BiFunction<DiagramKind, Snapshot, Diagram> drawer = DiagramKind::draw;
	private volatile DiagramKind kind = DiagramKind.JOURNEY;
	private volatile Snapshot snapshot;
	private volatile Diagram handed;
	private volatile long handedVersion = -1;

	DiagramPresenter(Page page, Executor background, Executor ui, BiConsumer<String, RuntimeException> log) {
		this.page = page;
		this.background = background;
		this.ui = ui;
		this.log = log;
	}

	/** Tests put a failing drawer in. */
	void drawer(BiFunction<DiagramKind, Snapshot, Diagram> next) {
		drawer = next;
	}

	DiagramKind kind() {
		return kind;
	}

	/** Draws this view from now on; true when it changed. */
	boolean choose(DiagramKind chosen) {
		if (chosen == kind) {
			return false;
		}
		kind = chosen;
		Snapshot now = snapshot;
		if (now != null) {
			snapshotChanged(now);
		}
		return true;
	}

	/** Forgets the snapshot, as when the view follows another editor. */
	void reset() {
		snapshot = null;
	}

	/** The drawing handed to the page last, and the version of the text it came from. */
	Diagram handed() {
		return handed;
	}

	long handedVersion() {
		return handedVersion;
	}

	/** A new snapshot of the text: drawn off the UI thread; called on any thread. */
	void snapshotChanged(Snapshot next) {
		snapshot = next;
		if (!next.parsed()) {
			Issue error = next.firstSyntaxError();
			banner(next, "Showing the last drawing that parsed. Line " + error.getLineNumber() + ": " + error.getMessage());
			return;
		}
		DiagramKind chosen = kind;
		background.execute(() -> draw(next, chosen));
	}

	private void draw(Snapshot next, DiagramKind chosen) {
		if (!current(next, chosen)) {
			return; // a newer snapshot or another view came while this one waited
		}
		Diagram diagram;
		String markup;
		try {
			diagram = drawer.apply(chosen, next);
			markup = diagram == null
					? "<div id=\"empty\">This file holds no map that the " + chosen.label().toLowerCase() + " can draw.</div>"
					: SvgRenderer.element(diagram, "");
		} catch (RuntimeException failure) {
			// A fault in drawing is ours, not the modeller's: keep the last drawing, say so, log it.
			log.accept("Could not draw the " + chosen.label().toLowerCase(), failure);
			banner(next, "Showing the last drawing: the " + chosen.label().toLowerCase() + " could not be drawn ("
					+ failure.getClass().getSimpleName() + "). The text is unaffected; see the error log.");
			return;
		}
		ui.execute(() -> {
			if (current(next, chosen)) {
				handed = diagram;
				handedVersion = next.version();
				page.show(markup, "", next.version());
			}
		});
	}

	private void banner(Snapshot next, String why) {
		ui.execute(() -> {
			if (snapshot == next) {
				page.show(null, why, -1);
			}
		});
	}

	private boolean current(Snapshot next, DiagramKind chosen) {
		return snapshot == next && kind == chosen;
	}
}
