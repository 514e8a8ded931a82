package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import carepath.diagram.Diagram;
import carepath.ui.editor.Snapshot;

/**
 * The presenter between snapshots and the page, driven without a workbench: tasks queue up and
 * the test runs them in the order it wants, as threads could.
 */
class DiagramPresenterTest {
	private final Deque<Runnable> background = new ArrayDeque<>();
	private final Deque<Runnable> ui = new ArrayDeque<>();
	private final List<String> page = new ArrayList<>();
	private final List<String> logged = new ArrayList<>();
	private final DiagramPresenter presenter = new DiagramPresenter(
			(markup, banner, version) -> page.add((markup == null ? "keep" : "drawing") + " v" + version + (banner.isEmpty() ? "" : " " + banner)),
			background::add, ui::add, (what, failure) -> logged.add(what));

	@Test
	void onlyTheNewestSnapshotsDrawingReachesThePage() {
		presenter.drawer((kind, snapshot) -> empty());
		presenter.snapshotChanged(snapshot(1));
		presenter.snapshotChanged(snapshot(2));
		runAll();
		assertEquals(List.of("drawing v2"), page);
		assertEquals(2, presenter.handedVersion());
	}

	@Test
	void aDrawingThatFinishesAfterANewerSnapshotIsDropped() {
		presenter.drawer((kind, snapshot) -> empty());
		presenter.snapshotChanged(snapshot(1));
		background.poll().run(); // drawn; its hand-over waits for the UI thread
		presenter.snapshotChanged(snapshot(2));
		runAll();
		assertEquals(List.of("drawing v2"), page);
	}

	@Test
	void aTextThatDoesNotParseKeepsTheLastDrawingAndSaysWhy() {
		presenter.drawer((kind, snapshot) -> empty());
		presenter.snapshotChanged(snapshot(1));
		runAll();
		presenter.snapshotChanged(new Snapshot(2, "journey {", null, null, List.of(syntaxError()), List.of()));
		runAll();
		assertEquals(List.of("drawing v1", "keep v-1 Showing the last drawing that parsed. Line 3: missing '}'"), page);
		assertEquals(1, presenter.handedVersion());
	}

	@Test
	void aFailingDrawingIsLoggedAndTheLastOneStays() {
		presenter.drawer((kind, snapshot) -> {
			throw new IllegalStateException("broken");
		});
		presenter.snapshotChanged(snapshot(1));
		runAll();
		assertEquals(1, page.size());
		assertTrue(page.get(0).startsWith("keep v-1 Showing the last drawing: the journey map could not be drawn (IllegalStateException)"),
				page.get(0));
		assertEquals(List.of("Could not draw the journey map"), logged);
		assertNull(presenter.handed());
	}

	@Test
	void choosingAnotherViewRedrawsTheSnapshotInIt() {
		List<DiagramKind> drawn = new ArrayList<>();
		presenter.drawer((kind, snapshot) -> {
			drawn.add(kind);
			return empty();
		});
		presenter.snapshotChanged(snapshot(1));
		runAll();
		assertTrue(presenter.choose(DiagramKind.SYSTEM));
		runAll();
		assertEquals(List.of(DiagramKind.JOURNEY, DiagramKind.SYSTEM), drawn);
		assertEquals(List.of("drawing v1", "drawing v1"), page);
	}

	private void runAll() {
		while (!background.isEmpty() || !ui.isEmpty()) {
			Runnable next = background.isEmpty() ? ui.poll() : background.poll();
			next.run();
		}
	}

	private static Snapshot snapshot(long version) {
		return new Snapshot(version, "", null, null, List.of(), List.of());
	}

	private static Diagram empty() {
		return new Diagram("d", "journey", "A map", "", 100, 100, List.of(), List.of());
	}

	private static Issue syntaxError() {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSyntaxError(true);
		issue.setSeverity(Severity.ERROR);
		issue.setLineNumber(3);
		issue.setMessage("missing '}'");
		return issue;
	}
}
