package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import carepath.diagram.DiagramNode;
import carepath.ui.Workbenches;
import carepath.ui.editor.JourneyEditor;

/** The diagram view follows the editor: typing, parse errors, clicks and the caret. */
class DiagramViewTest {
	private static final Duration WAIT = Duration.ofSeconds(30);
	private JourneyEditor editor;
	private DiagramView view;

	@BeforeEach
	void open() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		IWorkbenchPage page = Workbenches.page();
		Workbenches.window().getShell().setBounds(0, 0, 1600, 1000);
		view = (DiagramView) page.showView(DiagramView.ID);
		view.choose(DiagramKind.JOURNEY); // the view keeps the one chosen last
		editor = (JourneyEditor) IDE.openEditor(page, project.getFile("sam-challenges.journey"));
		page.activate(editor);
		Workbenches.waitUntil("the journey map is drawn", WAIT, () -> view.shownVersion() > 0 && markup().contains("<svg"));
	}

	@AfterEach
	void close() {
		Workbenches.page().closeAllEditors(false);
	}

	@Test
	void typingRedrawsTheDiagramFromTheUnsavedText() throws Exception {
		IDocument document = editor.getDocument();
		DiagramNode step = firstStep();
		String title = "Sam rings the helpline at midnight";
		int quote = document.get().indexOf('"', step.trace().range().offset());
		int end = document.get().indexOf('"', quote + 1);
		long typed = System.nanoTime();
		document.replace(quote + 1, end - quote - 1, title);
		Workbenches.waitUntil("the new title is drawn", WAIT, () -> markup().contains("helpline at"));
		System.out.printf("UI keystroke to redrawn journey map: %d ms (after a pause of %d ms)%n",
				(System.nanoTime() - typed) / 1_000_000, 50);
		assertTrue(editor.isDirty(), "the text is changed, not saved");
		assertEquals(Boolean.TRUE, view.browser().evaluate(
				"return document.querySelector('style').textContent.indexOf(\"@font-face { font-family: 'DejaVu Sans'\") >= 0;"),
				"the page carries the font the text was measured with");
		Workbenches.screenshot("studio-journey-map");
	}

	@Test
	void aParseErrorKeepsTheLastDrawingAndSaysWhy() throws Exception {
		String before = markup();
		IDocument document = editor.getDocument();
		document.replace(document.getLength(), 0, "\njourney broken {{{\n");
		Workbenches.waitUntil("the banner names the error", WAIT, () -> !banner().isEmpty());
		assertTrue(banner().startsWith("Showing the last drawing that parsed. Line "), banner());
		assertEquals(before, markup(), "the last good drawing stays");
		Workbenches.screenshot("studio-parse-error");
	}

	@Test
	void theDiagramFollowsTheEditorToANewInputAsAfterSaveAs() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		editor.setInput(new FileEditorInput(project.getFile("sam-good-practice.journey")));
		IDocument document = editor.getDocument();
		int quote = document.get().indexOf('"');
		document.replace(quote + 1, 0, "Renamed");
		Workbenches.waitUntil("the new input's edit is drawn", WAIT, () -> markup().contains("RenamedSam"));
	}

	@Test
	void aFailureInDrawingKeepsTheLastDrawingAndTheText() throws Exception {
		String before = markup();
		IDocument document = editor.getDocument();
		view.drawer((kind, snapshot) -> {
			throw new IllegalStateException("a fault in a generator");
		});
		try {
			document.replace(document.getLength(), 0, "\n// a comment\n");
			String text = document.get();
			Workbenches.waitUntil("the banner says the drawing failed", WAIT, () -> banner().contains("could not be drawn"));
			assertEquals(before, markup(), "the last drawing stays");
			assertEquals(text, document.get(), "the text is untouched");
			assertTrue(editor.isDirty());
		} finally {
			view.drawer(DiagramKind::draw);
		}
		document.replace(document.getLength(), 0, " ");
		Workbenches.waitUntil("drawing works again", WAIT, () -> banner().isEmpty());
	}

	@Test
	void clickingADrawnStepSelectsItsTextAndTheCaretHighlightsIt() {
		DiagramNode step = firstStep();
		String id = step.id();
		view.browser().evaluate("var g = document.getElementById('" + id + "');"
				+ "g.dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));"
				+ "g.dispatchEvent(new MouseEvent('mouseup', {bubbles: true})); return true;");
		int offset = step.trace().range().offset();
		Workbenches.waitUntil("the step's text is selected", WAIT,
				() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset() == offset);
		assertEquals(step.trace().range().length(), ((ITextSelection) editor.getSelectionProvider().getSelection()).getLength());

		DiagramNode other = view.shownDiagram().nodes().stream()
				.filter(n -> n.role().startsWith("step") && n != step && n.trace() != null && n.trace().range().offset() > offset)
				.findFirst().orElseThrow();
		editor.select(other.trace().range().offset() + 2, 0);
		Workbenches.waitUntil("the caret's step is highlighted", WAIT,
				() -> other.id().equals(view.browser().evaluate("var h = document.querySelector('.cp-highlight'); return h ? h.id : '';")));
	}

	@Test
	void everyViewDrawsItsMap() throws Exception {
		for (DiagramKind kind : List.of(DiagramKind.SYSTEM, DiagramKind.ROUTE, DiagramKind.NEEDS, DiagramKind.JOURNEY)) {
			view.choose(kind);
			String expected = switch (kind) {
			case JOURNEY -> "journey";
			case SYSTEM -> "system";
			case ROUTE -> "route";
			case NEEDS -> "needs";
			};
			Workbenches.waitUntil(kind.label() + " is drawn", WAIT,
					() -> view.shownVersion() > 0 && markup().contains("data-view=\"" + expected + "\""));
			assertTrue(view.shownDiagram().nodes().size() > 5, kind.label());
			assertEquals(List.of(kind.label()), checkedChoices(), "the toolbar shows the view chosen");
			Workbenches.idle(Duration.ofMillis(300));
			Workbenches.screenshot("studio-" + expected);
		}
	}

	private List<String> checkedChoices() {
		return Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
				.filter(ActionContributionItem.class::isInstance).map(item -> ((ActionContributionItem) item).getAction())
				.filter(action -> action.getStyle() == IAction.AS_RADIO_BUTTON && action.isChecked()).map(IAction::getText).toList();
	}

	private DiagramNode firstStep() {
		DiagramNode step = view.shownDiagram().nodes().stream()
				.filter(n -> n.role().startsWith("step") && n.trace() != null && n.trace().range().offset() >= 0).findFirst()
				.orElse(null);
		assertNotNull(step, "a drawn step with its place in the text");
		return step;
	}

	private String markup() {
		return Workbenches.shownMarkup(view);
	}

	private String banner() {
		Object text = view.browser().evaluate("return document.getElementById('banner').textContent;");
		return text == null ? "" : text.toString();
	}
}
