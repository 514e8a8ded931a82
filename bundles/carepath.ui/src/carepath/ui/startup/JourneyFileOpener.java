package carepath.ui.startup;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

import carepath.ui.editor.JourneyEditor;

/**
 * Opens a file from disk in the Journey editor: as the workspace's file when a project holds it
 * (so the builder, markers and the project's other files apply), else as a file outside the
 * workspace. What cannot be opened is told to the user and logged, never thrown.
 */
final class JourneyFileOpener {
	private static final String TITLE = "Carepath Studio";
	private final IWorkbenchPage page;

	JourneyFileOpener(IWorkbenchPage page) {
		this.page = page;
	}

	void open(Path file) {
		if (!Files.isRegularFile(file)) {
			refuse("There is no file " + file + " to open.");
			return;
		}
		URI uri = file.toUri();
		try {
			Optional<IFile> inWorkspace = workspaceFile(uri);
			if (inWorkspace.isPresent()) {
				page.openEditor(new FileEditorInput(inWorkspace.get()), JourneyEditor.ID);
			} else {
				page.openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(uri)), JourneyEditor.ID);
			}
		} catch (PartInitException e) {
			refuse("Could not open " + file + ": " + e.getMessage());
		}
	}

	private static Optional<IFile> workspaceFile(URI uri) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri);
		return Arrays.stream(files).filter(IFile::isAccessible).findFirst();
	}

	private void refuse(String message) {
		ILog.of(JourneyFileOpener.class).error(message);
		MessageDialog.openError(page.getWorkbenchWindow().getShell(), TITLE, message);
	}
}
