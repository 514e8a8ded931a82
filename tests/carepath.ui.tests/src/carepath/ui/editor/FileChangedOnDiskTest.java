package carepath.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;
import carepath.ui.diagram.DiagramView;

/**
 * A file changed or deleted on disk while it is open: a clean editor takes the new text (and the
 * diagram follows); unsaved text is replaced only if the user says so when asked, and the unsaved
 * text of a deleted file can be saved again. The questions are the platform text editor's, asked
 * when the editor is activated; they are answered here by pressing their buttons.
 */
class FileChangedOnDiskTest {
	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final String TEXT = """
			persona diskPerson "P"
			journey diskJourney "Disk journey" {
			  persona diskPerson
			  stage s "Stage" {
			    step a "SavedVersion"
			  }
			}
			""";
	private IFile file;
	private JourneyEditor editor;
	private IWorkbenchPage page;

	@BeforeEach
	void open() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("disk-changes");
		if (!project.exists()) {
			project.create(null);
			project.open(null);
		}
		file = project.getFile("disk.journey");
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), true, null);
		page = Workbenches.page();
		editor = (JourneyEditor) IDE.openEditor(page, file);
		page.activate(editor);
		Workbenches.waitUntil("the first check", WAIT, () -> editor.latest() != null);
	}

	@AfterEach
	void close() {
		page.closeAllEditors(false);
	}

	@Test
	void aCleanEditorTakesTheNewTextAndTheDiagramFollows() throws Exception {
		DiagramView view = (DiagramView) page.showView(DiagramView.ID);
		page.activate(editor);
		writeOnDisk(TEXT.replace("SavedVersion", "DiskVersion"));
		Workbenches.waitUntil("the editor shows the file as it is on disk", WAIT,
				() -> editor.getDocument().get().contains("DiskVersion"));
		assertFalse(editor.isDirty());
		Workbenches.waitUntil("the diagram is drawn from it", WAIT, () -> Workbenches.shownMarkup(view).contains("DiskVersion"));
	}

	@Test
	void unsavedTextStaysWhenTheUserIgnoresTheChange() throws Exception {
		String typed = typeIntoTheEditor();
		AtomicBoolean asked = answer(new Answer("File Changed", "Ignore file change"));
		writeOnDisk(TEXT.replace("SavedVersion", "DiskVersion"));
		reactivateEditor();
		Workbenches.waitUntil("the user is asked", WAIT, asked::get);
		assertEquals(typed, editor.getDocument().get(), "the unsaved text, exactly");
		assertTrue(editor.isDirty());
	}

	@Test
	void unsavedTextIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
		typeIntoTheEditor();
		String onDisk = TEXT.replace("SavedVersion", "DiskVersion");
		AtomicBoolean asked = answer(new Answer("File Changed", "Replace editor content"));
		writeOnDisk(onDisk);
		reactivateEditor();
		Workbenches.waitUntil("the user is asked", WAIT, asked::get);
		Workbenches.waitUntil("the disk's text is shown", WAIT, () -> editor.getDocument().get().equals(onDisk));
		assertFalse(editor.isDirty());
	}

	@Test
	void unsavedTextOfADeletedFileCanStillBeSaved() throws Exception {
		String typed = typeIntoTheEditor();
		Path onDisk = file.getLocation().toFile().toPath();
		// "Save" opens the platform's Save As dialog, with the file's own name and folder filled in.
		AtomicBoolean asked = answer(new Answer("File Not Accessible", "Save"), new Answer("Save As", "OK"));
		Files.delete(onDisk);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		reactivateEditor();
		Workbenches.waitUntil("the user is asked where to save", WAIT, asked::get);
		Workbenches.waitUntil("the text is saved again", WAIT, () -> Files.exists(onDisk));
		assertEquals(typed, Files.readString(onDisk, StandardCharsets.UTF_8));
		assertEquals(typed, editor.getDocument().get(), "the editor keeps the text");
		assertFalse(editor.isDirty());
	}

	private String typeIntoTheEditor() throws Exception {
		IDocument document = editor.getDocument();
		document.replace(document.get().indexOf("SavedVersion"), "SavedVersion".length(), "TypedVersion");
		assertTrue(editor.isDirty());
		return document.get();
	}

	private void writeOnDisk(String text) throws Exception {
		Files.writeString(file.getLocation().toFile().toPath(), text, StandardCharsets.UTF_8);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
	}

	/** Going to another part and back, as a user does: the editor then checks its file. */
	private void reactivateEditor() throws Exception {
		page.activate(page.showView(IPageLayoutIds.PROJECT_EXPLORER));
		page.activate(editor);
	}

	/** A dialog's title and the button to press in it. */
	private record Answer(String title, String button) {
	}

	/**
	 * Watches for the platform's questions and answers them in turn with the buttons given; the
	 * result turns true once the last is answered. A dialog runs its own event loop, so the watch
	 * runs from timers. Another dialog, or none within the wait, is closed so that the test fails
	 * instead of hanging.
	 */
	private static AtomicBoolean answer(Answer... answers) {
		AtomicBoolean answered = new AtomicBoolean();
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + WAIT.toNanos();
		Runnable watch = new Runnable() {
			private int next;

			@Override
			public void run() {
				Answer answer = answers[next];
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && answer.title().equals(shell.getText()) && press(shell, answer.button())) {
						next++;
						if (next == answers.length) {
							answered.set(true);
							return;
						}
						break;
					}
				}
				if (System.nanoTime() > deadline) {
					for (Shell shell : display.getShells()) {
						if (shell.isVisible() && shell.getParent() != null) {
							System.out.println("FileChangedOnDiskTest: closing an unexpected dialog '" + shell.getText() + "' with buttons "
									+ buttons(shell));
							shell.close();
						}
					}
					return;
				}
				display.timerExec(50, this);
			}
		};
		display.timerExec(50, watch);
		return answered;
	}

	private static String buttons(Control control) {
		if (control instanceof Button button) {
			return "[" + button.getText() + "]";
		}
		return control instanceof Composite composite
				? Arrays.stream(composite.getChildren()).map(FileChangedOnDiskTest::buttons).reduce("", String::concat)
				: "";
	}

	private static boolean press(Control control, String label) {
		if (control instanceof Button button && label.equals(button.getText().replace("&", ""))) {
			button.notifyListeners(SWT.Selection, null);
			return true;
		}
		return control instanceof Composite composite && Arrays.stream(composite.getChildren()).anyMatch(child -> press(child, label));
	}

	private interface IPageLayoutIds {
		String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	}
}
