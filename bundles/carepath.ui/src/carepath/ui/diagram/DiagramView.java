package carepath.ui.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import carepath.diagram.Diagram;
import carepath.diagram.export.ExportFormat;
import carepath.dsl.ide.edit.EditRefused;
import carepath.dsl.ide.edit.ProjectTexts;
import carepath.ui.editor.JourneyEditor;
import carepath.ui.editor.Snapshot;

/**
 * The diagram of the map in the active journey editor, drawn from its unsaved text at each pause
 * in typing by the same generator and SVG renderer as the command line. Layout runs off the UI
 * thread (DiagramPresenter); a text that does not parse leaves the last good drawing up, with the
 * error named above it. A click on the drawing selects the text it came from; the caret
 * highlights its element. Gestures on the drawing (palette, drag, double-click, keys) become
 * edits of the text (GestureEdits, EditorChanges), and the drawing follows the text as ever.
 */
public class DiagramView extends ViewPart {
	public static final String ID = "carepath.ui.diagram";

	private Browser browser;
	private boolean pageLoaded;
	/** What waits to go to the page (UI thread only): a drawing or null, the banner, the text version. */
	private String pendingMarkup;
	private String pendingBanner = "";
	private long pendingVersion = -1;
	private boolean pending;
	private long handedVersion = -1;
	private JourneyEditor editor;
	private volatile long shownVersion = -1;
	private volatile long shownAt;
	/** One drawing at a time, the newest snapshot's: older ones are dropped by the presenter. */
	private final ExecutorService drawing = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "Carepath diagram drawing");
		thread.setDaemon(true);
		return thread;
	});
	/** One gesture at a time is worked out, off the UI thread. */
	private final ExecutorService working = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "Carepath diagram gesture");
		thread.setDaemon(true);
		return thread;
	});
	private final DiagramPresenter presenter = new DiagramPresenter(this::handToPage, drawing, this::onUiThread,
			(what, failure) -> ILog.of(DiagramView.class).log(Status.error(what, failure)));
	/** Asked before a delete that removes references too; tests answer for the user. */
	Predicate<String> confirm = question -> MessageDialog.openQuestion(getSite().getShell(), "Delete", question);
	private final DrawnSelection selection = new DrawnSelection();
	private final Map<DiagramKind, Action> viewChoices = new EnumMap<>(DiagramKind.class);
	/** Heard on the checking job's thread, so drawing starts without waiting for the UI thread. */
	private final Consumer<Snapshot> onSnapshot = presenter::snapshotChanged;
	private final ISelectionChangedListener onCaret = event -> {
		if (event.getSelection() instanceof ITextSelection text) {
			highlight(text.getOffset());
		}
	};
	private final IPartListener2 followEditors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof JourneyEditor journeyEditor) {
				follow(journeyEditor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		browser.addProgressListener(new ProgressAdapter() {
			@Override
			public void completed(ProgressEvent event) {
				pageLoaded = true;
				flush();
			}
		});
		new BrowserFunction(browser, "carepathShown") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 1 && arguments[0] instanceof Number version && version.longValue() == handedVersion) {
					shownVersion = handedVersion;
					shownAt = System.nanoTime();
				}
				return null;
			}
		};
		new BrowserFunction(browser, "carepathSelect") {
			@Override
			public Object function(Object[] arguments) {
				if (editor != null && arguments.length == 2 && arguments[0] instanceof Number offset
						&& arguments[1] instanceof Number length) {
					editor.select(offset.intValue(), length.intValue());
				}
				return null;
			}
		};
		new BrowserFunction(browser, "carepathEdit") {
			@Override
			public Object function(Object[] arguments) {
				return arguments.length == 4 ? edit(new GestureEdits.Gesture(text(arguments[0]), text(arguments[1]), text(arguments[2]),
						text(arguments[3]))) : "";
			}
		};
		new BrowserFunction(browser, "carepathSelected") {
			@Override
			public Object function(Object[] arguments) {
				selected(arguments.length == 1 && arguments[0] instanceof String id ? id : null);
				return null;
			}
		};
		new BrowserFunction(browser, "carepathServices") {
			@Override
			public Object function(Object[] arguments) {
				return editor == null || editor.latest() == null ? new Object[0] : ServiceChoices.of(editor.latest()).toArray();
			}
		};
		browser.setText(DiagramPage.html());
		getSite().setSelectionProvider(selection);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		getSite().getPage().addPartListener(followEditors);
		if (getSite().getPage().getActiveEditor() instanceof JourneyEditor journeyEditor) {
			follow(journeyEditor);
		}
	}

	private static String text(Object argument) {
		return argument == null ? null : argument.toString();
	}

	/**
	 * Starts a gesture's change of the text: worked out off the UI thread on the texts as they are
	 * now (the drawing may be older; its ids name elements, not places), then applied on the UI
	 * thread as one undoable change if the texts are still those; if the user typed meanwhile, it is
	 * worked out again on the new texts. The page hears the outcome through {@code carepath.answer};
	 * this answers at once only why no change was started ("" when one was).
	 */
	String edit(GestureEdits.Gesture gesture) {
		if (editor == null) {
			return "Open a .journey file to change its map.";
		}
		JourneyEditor target = editor;
		ProjectTexts texts = EditorChanges.texts(target);
		working.execute(() -> workOut(target, gesture, texts, 1));
		return "";
	}

	private void workOut(JourneyEditor target, GestureEdits.Gesture gesture, ProjectTexts texts, int attempt) {
		GestureEdits.Outcome outcome = null;
		String refused = null;
		try {
			outcome = GestureEdits.of(gesture, texts, this::confirmOnUiThread);
		} catch (EditRefused refusal) {
			refused = refusal.getMessage();
		} catch (RuntimeException fault) {
			// Ours, not the modeller's: say so in the page and log it.
			ILog.of(DiagramView.class).log(Status.error("Could not make the change " + gesture, fault));
			refused = "the change could not be made (" + fault.getClass().getSimpleName() + "). The text is unaffected; see the error log";
		}
		GestureEdits.Outcome made = outcome;
		String why = refused;
		onUiThread(() -> apply(target, gesture, texts, attempt, made, why));
	}

	private void apply(JourneyEditor target, GestureEdits.Gesture gesture, ProjectTexts texts, int attempt, GestureEdits.Outcome outcome,
			String refused) {
		String why = refused;
		ProjectTexts now = why == null ? EditorChanges.texts(target) : texts;
		if (!now.texts().equals(texts.texts())) {
			if (attempt < 3) { // typed meanwhile: the edit's offsets are of an older text
				working.execute(() -> workOut(target, gesture, now, attempt + 1));
				return;
			}
			why = "the text kept changing while the change was worked out; try again";
		}
		if (why == null && !outcome.edits().isEmpty()) {
			try {
				EditorChanges.apply(target, outcome.edits());
			} catch (EditRefused refusal) {
				why = refusal.getMessage();
			}
		}
		String select = why == null && outcome.select() != null ? outcome.select() : "";
		execute("carepath.answer(" + JavaScript.string(why == null ? "" : "Nothing changed: " + why + ".") + ", "
				+ JavaScript.string(select) + ")");
	}

	/** The question of a delete with references, asked on the UI thread while the change waits. */
	private boolean confirmOnUiThread(String question) {
		boolean[] answer = new boolean[1];
		browser.getDisplay().syncExec(() -> answer[0] = confirm.test(question));
		return answer[0];
	}

	/** The page selected a drawn element (null: none): the Properties view shows its fields. */
	private void selected(String id) {
		JourneyEditor shown = editor;
		selection.setSelection(id == null || shown == null ? StructuredSelection.EMPTY
				: new StructuredSelection(new DrawnElement(id, () -> ElementProperties.of(this, shown, id))));
	}

	/** Says something at the foot of the drawing: why a change from the Properties view changed nothing. */
	void say(String message) {
		execute("carepath.say(" + JavaScript.string(message) + ")");
	}

	/** Selects a drawn element, as after a rename from the Properties view. */
	void selectDrawn(String id) {
		execute("carepath.select(" + JavaScript.string(id) + ")");
	}

	/** The selection of the view: the drawn element with its properties. */
	ISelection selection() {
		return selection.getSelection();
	}

	private void contributeActions(IToolBarManager toolBar) {
		for (DiagramKind each : DiagramKind.values()) {
			Action choose = new Action(each.label(), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						choose(each);
					}
				}
			};
			choose.setChecked(each == presenter.kind());
			viewChoices.put(each, choose);
			toolBar.add(choose);
		}
		toolBar.add(new Action("Fit") {
			@Override
			public void run() {
				execute("carepath.fit()");
			}
		});
		toolBar.add(new Action("Export...") {
			@Override
			public void run() {
				export();
			}
		});
	}

	/** Draws this view of the map from now on. */
	void choose(DiagramKind chosen) {
		if (chosen == presenter.kind()) {
			return;
		}
		viewChoices.forEach((each, action) -> action.setChecked(each == chosen)); // when chosen by a program
		shownVersion = -1;
		execute("carepath.refit()"); // another view: start from the whole drawing
		presenter.choose(chosen);
	}

	/** Shows the diagrams of this editor from now on (none when null). */
	void follow(JourneyEditor next) {
		if (next == editor) {
			return;
		}
		if (editor != null) {
			editor.removeBackgroundSnapshotListener(onSnapshot);
			if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
				selections.removePostSelectionChangedListener(onCaret);
			}
		}
		editor = next;
		shownVersion = -1;
		presenter.reset();
		if (editor != null) {
			editor.addBackgroundSnapshotListener(onSnapshot);
			if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
				selections.addPostSelectionChangedListener(onCaret);
			}
			if (editor.latest() != null) {
				presenter.snapshotChanged(editor.latest());
			}
		}
	}

	/** Tests put a failing drawer in. */
	void drawer(BiFunction<DiagramKind, Snapshot, Diagram> next) {
		presenter.drawer(next);
	}

	private void onUiThread(Runnable task) {
		if (!browser.isDisposed()) {
			browser.getDisplay().asyncExec(() -> {
				if (!browser.isDisposed()) {
					task.run();
				}
			});
		}
	}

	/** Gives the page a new drawing (or null to keep the one it has) and banner, once it has loaded. */
	private void handToPage(String markup, String banner, long version) {
		if (markup != null && selection.getSelection() instanceof IStructuredSelection chosen
				&& chosen.getFirstElement() instanceof DrawnElement drawn) {
			selected(drawn.id()); // the Properties view shows the values of the new text
		}
		if (markup != null || !pending) {
			pendingMarkup = markup;
			pendingVersion = version;
		}
		pendingBanner = banner;
		pending = true;
		flush();
	}

	/** One call into the page per update: each call waits for the page's script to run. */
	private void flush() {
		if (!pageLoaded || browser.isDisposed() || !pending) {
			return;
		}
		if (pendingMarkup != null) {
			handedVersion = pendingVersion;
		}
		browser.execute("carepath.update(" + (pendingMarkup == null ? "null" : JavaScript.string(pendingMarkup)) + ", "
				+ JavaScript.string(pendingBanner) + ", " + (pendingMarkup == null ? -1 : pendingVersion) + ")");
		pendingMarkup = null;
		pending = false;
	}

	private void highlight(int offset) {
		if (pageLoaded && !browser.isDisposed()) {
			browser.execute("carepath.highlight(" + offset + ")");
		}
	}

	private void execute(String script) {
		if (pageLoaded && !browser.isDisposed()) {
			browser.execute(script);
		}
	}

	private void export() {
		Diagram diagram = presenter.handed();
		if (diagram == null) {
			MessageDialog.openInformation(getSite().getShell(), "Export", "There is no drawing to export yet.");
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf" });
		dialog.setFilterNames(new String[] { "SVG drawing", "PNG image", "PDF, A3 landscape" });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			Files.write(Path.of(chosen), ExportFormat.ofFile(chosen).bytes(diagram));
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(getSite().getShell(), "Export", "Could not write " + chosen + ": " + e.getMessage());
		}
	}

	/** The drawing shown now, and the version of the text it was drawn from (-1 before any). */
	public Diagram shownDiagram() {
		return presenter.handed();
	}

	public long shownVersion() {
		return shownVersion;
	}

	/** When the browser was handed the drawing shown now ({@link System#nanoTime()}). */
	public long shownAt() {
		return shownAt;
	}

	/** The page, for tests that click in it and read it back. */
	public Browser browser() {
		return browser;
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(followEditors);
		follow(null);
		drawing.shutdownNow();
		working.shutdownNow();
		super.dispose();
	}
}
