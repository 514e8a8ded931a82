package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

import carepath.ui.Workbenches;
import carepath.ui.editor.JourneyEditor;

/**
 * A diagram view on an open file, and gestures made in its page as a user makes them: mouse
 * and key events dispatched on the drawn elements, answers typed into the page's small forms.
 * What the text and the page look like after each is for the gesture's test to say.
 */
final class Gestures {
	static final Duration WAIT = Duration.ofSeconds(30);
	final DiagramView view;
	final JourneyEditor editor;
	/** The questions the view asked (delete with references), and the answer it gets. */
	final List<String> questions = new ArrayList<>();
	boolean answer = true;

	private Gestures(DiagramView view, JourneyEditor editor) {
		this.view = view;
		this.editor = editor;
	}

	static Gestures open(IProject project, String file, DiagramKind kind) throws Exception {
		IWorkbenchPage page = Workbenches.page();
		Workbenches.window().getShell().setBounds(0, 0, 1600, 1000);
		DiagramView view = (DiagramView) page.showView(DiagramView.ID);
		JourneyEditor editor = (JourneyEditor) IDE.openEditor(page, project.getFile(file));
		page.activate(editor);
		Gestures gestures = new Gestures(view, editor);
		view.confirm = question -> {
			gestures.questions.add(question);
			return gestures.answer;
		};
		view.choose(kind);
		String drawn = kind == DiagramKind.SYSTEM ? "system" : "journey";
		Workbenches.waitUntil("the map is drawn", WAIT, () -> view.shownVersion() > 0
				&& Workbenches.shownMarkup(view).contains("data-view=\"" + drawn + "\"") && gestures.has("tool-select"));
		gestures.startAfresh();
		return gestures;
	}

	/** The page keeps its tool and selection from one file to the next, as a user would want; a test starts without. */
	private void startAfresh() {
		Workbenches.waitUntil("the page is loaded", WAIT, () -> Boolean.TRUE.equals(page("return typeof carepath !== 'undefined';")));
		page("carepath.use('select'); carepath.select(null); return true;");
	}

	void close() {
		Workbenches.page().closeAllEditors(false);
	}

	String text() {
		return editor.getDocument().get();
	}

	Object page(String script) {
		return view.browser().evaluate(script);
	}

	boolean has(String id) {
		return Boolean.TRUE.equals(page("return document.getElementById(" + JavaScript.string(id) + ") !== null;"));
	}

	/** Presses a palette button. */
	void tool(String tool) {
		assertTrue(has("tool-" + tool), "the palette offers " + tool);
		page("document.getElementById('tool-" + tool + "').click(); return true;");
		assertEquals(tool, page("return carepath.tool();"));
	}

	void click(String id) {
		mouse(id, "mousedown", 0, 0);
		mouse(id, "mouseup", 0, 0);
	}

	void doubleClick(String id) {
		click(id);
		mouse(id, "dblclick", 0, 0);
	}

	/** Presses on one element, moves, and lets go over another: the events a drag gives. */
	void drag(String from, String to) {
		drag(from, to, 60, 40);
	}

	void drag(String from, String to, int dx, int dy) {
		mouse(from, "mousedown", 0, 0);
		page("window.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: 100 + " + dx + ", clientY: 100 + " + dy
				+ "})); return true;");
		mouse(to, "mouseup", dx, dy);
	}

	/** A drag that starts at a given point of the screen on {@code from} (a line's end, say). */
	void dragAt(String from, double x, double y, String to) {
		page("var g = document.getElementById(" + JavaScript.string(from) + "); var o = {bubbles: true, button: 0, clientX: " + x
				+ ", clientY: " + y + "}; g.dispatchEvent(new MouseEvent('mousedown', o));"
				+ "window.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: " + (x + 50) + ", clientY: " + (y + 50) + "}));"
				+ "return true;");
		mouse(to, "mouseup", 0, 0);
	}

	void key(String key, boolean shift) {
		page("window.dispatchEvent(new KeyboardEvent('keydown', {key: " + JavaScript.string(key) + ", shiftKey: " + shift
				+ ", bubbles: true})); return true;");
	}

	/** Types into the page's small form and presses Enter; {@code choice} picks from its list, when it has one. */
	void answer(String typed, String choice) {
		assertTrue(has("ask"), "the page asks");
		page("var box = document.getElementById('ask'); var input = box.querySelector('input'); input.value = " + JavaScript.string(typed)
				+ "; var s = box.querySelector('select'); if (s && " + (choice != null) + ") { s.value = "
				+ JavaScript.string(choice == null ? "" : choice) + "; }"
				+ "input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true})); return true;");
	}

	/** Opens the context menu of a drawn element and picks an item by its words. */
	void menu(String id, String item) {
		mouse(id, "contextmenu", 100, 100);
		Object picked = page("var items = Array.from(document.querySelectorAll('#menu div')).filter(function (d) { return d.textContent === "
				+ JavaScript.string(item) + "; }); if (items.length !== 1) { return false; } items[0].click(); return true;");
		assertEquals(Boolean.TRUE, picked, "the menu offers '" + item + "'");
	}

	/** Picks from the lists of the page's small form, in order, types the text (when it has a line for it) and presses Enter. */
	void chooseAndType(String typed, String... values) {
		page("var input = document.querySelector('#ask input'); if (input) { input.value = " + JavaScript.string(typed) + "; } return true;");
		choose(values);
	}

	/** Picks from the lists of the page's small form, in order, and presses Enter. */
	void choose(String... values) {
		assertTrue(has("ask"), "the page asks");
		StringBuilder script = new StringBuilder("var selects = document.querySelectorAll('#ask select');");
		for (int i = 0; i < values.length; i++) {
			script.append("if (!Array.from(selects[").append(i).append("].options).some(function (o) { return o.value === ")
					.append(JavaScript.string(values[i])).append("; })) { return false; } selects[").append(i).append("].value = ")
					.append(JavaScript.string(values[i])).append(";");
		}
		script.append("selects[0].dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true})); return true;");
		assertEquals(Boolean.TRUE, page(script.toString()), "the form offers " + String.join(", ", values));
	}

	/** What the page said at its foot, once the view has answered every gesture: why a gesture changed nothing. */
	String notice() {
		settle();
		Object text = page("return document.getElementById('notice').textContent;");
		return text == null ? "" : text.toString();
	}

	/** Waits until the view has answered every gesture the page sent (it works them out off the UI thread). */
	void settle() {
		Workbenches.waitUntil("the view answers the gesture", WAIT, () -> Integer.valueOf(0).equals(pendingGestures()));
	}

	private Object pendingGestures() {
		Object pending = page("return carepath.pending();");
		return pending instanceof Number number ? number.intValue() : pending;
	}

	/** Waits for the gesture's answer, which must be a change of the text, then for the drawing of that text. */
	void waitForEdit(String before) {
		assertEquals("", notice(), "the page says why nothing changed");
		assertTrue(!text().equals(before), "the gesture changed the text");
		waitForDrawing();
	}

	void waitForDrawing() {
		Workbenches.waitUntil("the changed text is drawn", WAIT,
				() -> editor.latest() != null && editor.latest().text().equals(text()) && view.shownVersion() == editor.latest().version());
	}

	/** Ctrl+Z in the editor: the whole gesture goes at once. */
	void undo() {
		editor.getAction(ITextEditorActionConstants.UNDO).run();
	}

	void redo() {
		editor.getAction(ITextEditorActionConstants.REDO).run();
	}

	String selected() {
		Object id = page("return carepath.selected() || '';");
		return id == null ? "" : id.toString();
	}

	private void mouse(String id, String type, int dx, int dy) {
		Object found = page("var g = document.getElementById(" + JavaScript.string(id) + "); if (!g) { return false; }"
				+ "g.dispatchEvent(new MouseEvent('" + type + "', {bubbles: true, button: 0, clientX: 100 + " + dx + ", clientY: 100 + "
				+ dy + "})); return true;");
		assertNotNull(found);
		assertTrue((Boolean) found, "the drawing has " + id);
	}
}
