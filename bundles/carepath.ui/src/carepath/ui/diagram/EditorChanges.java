package carepath.ui.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import carepath.dsl.ide.edit.EditRefused;
import carepath.dsl.ide.edit.ProjectTexts;
import carepath.dsl.ide.edit.TextEdit;
import carepath.ui.editor.JourneyEditor;
import carepath.ui.quickfix.Replacement;
import carepath.ui.quickfix.TextFix;

/**
 * Puts a gesture's text edits into the texts, where Xtext's Eclipse UI would apply a
 * refactoring's changes: the open editor's document as one undoable change (Ctrl+Z undoes the
 * whole gesture; the file turns dirty, not saved), other open `.journey` editors the same way, and
 * a file no editor shows through its file buffer, saved, as a rename of Xtext's does. Every file
 * is checked writable before any is touched.
 */
final class EditorChanges {
	private EditorChanges() {
	}

	/** The project's texts as the user sees them: unsaved editors' texts over the files as saved. */
	static ProjectTexts texts(JourneyEditor editor) {
		Map<URI, String> texts = new LinkedHashMap<>(editor.savedNeighbours());
		openEditors().forEach((uri, open) -> texts.put(uri, open.getDocument().get()));
		texts.put(editor.uri(), editor.getDocument().get());
		return new ProjectTexts(texts);
	}

	static void apply(JourneyEditor editor, List<TextEdit> edits) throws EditRefused {
		Map<URI, List<TextEdit>> byFile = new LinkedHashMap<>();
		edits.forEach(edit -> byFile.computeIfAbsent(edit.file(), file -> new ArrayList<>()).add(edit));
		Map<URI, JourneyEditor> open = openEditors();
		open.put(editor.uri(), editor);
		for (URI file : byFile.keySet()) {
			JourneyEditor shown = open.get(file);
			// The file's own state first: an editor knows it is read-only only once its state is validated (on typing).
			if (readOnly(file) || shown != null && (!shown.isEditable() || shown.isEditorInputReadOnly())) {
				throw new EditRefused(file.lastSegment() + " is read-only");
			}
		}
		for (Map.Entry<URI, List<TextEdit>> entry : byFile.entrySet()) {
			JourneyEditor shown = open.get(entry.getKey());
			if (shown != null) {
				replace(shown.getDocument(), entry.getValue());
			} else {
				saved(entry.getKey(), entry.getValue());
			}
		}
	}

	private static void saved(URI file, List<TextEdit> edits) throws EditRefused {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		IPath path = path(file);
		LocationKind kind = file.isPlatformResource() ? LocationKind.IFILE : LocationKind.LOCATION;
		try {
			buffers.connect(path, kind, new NullProgressMonitor());
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(path, kind);
				replace(buffer.getDocument(), edits);
				buffer.commit(new NullProgressMonitor(), true);
			} finally {
				buffers.disconnect(path, kind, new NullProgressMonitor());
			}
		} catch (CoreException e) {
			throw new EditRefused(file.lastSegment() + " could not be changed: " + e.getStatus().getMessage());
		}
	}

	/**
	 * One compound change of the document's undo history, as a quick fix makes (TextFix): Ctrl+Z in
	 * an open editor takes the whole gesture back. The edits were computed on this very text.
	 */
	private static void replace(IDocument document, List<TextEdit> edits) throws EditRefused {
		List<Replacement> replacements = edits.stream().map(edit -> new Replacement(edit.offset(), edit.length(), edit.text())).toList();
		try {
			new TextFix("a change made on the diagram", replacements).apply(document);
		} catch (BadLocationException e) {
			throw new EditRefused("the text changed while the edit was made; try again");
		}
	}

	private static boolean readOnly(URI file) {
		if (file.isPlatformResource()) {
			IFile resource = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(file.toPlatformString(true)));
			return resource.isReadOnly();
		}
		return file.isFile() && !java.nio.file.Files.isWritable(java.nio.file.Path.of(file.toFileString()));
	}

	private static IPath path(URI file) {
		return file.isPlatformResource() ? IPath.fromOSString(file.toPlatformString(true)) : IPath.fromOSString(file.toFileString());
	}

	/** The `.journey` editors open in any window, by the URI their text is parsed under. */
	private static Map<URI, JourneyEditor> openEditors() {
		Map<URI, JourneyEditor> open = new LinkedHashMap<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart part = reference.getEditor(false);
					if (part instanceof JourneyEditor journey && journey.getDocument() != null) {
						open.put(journey.uri(), journey);
					}
				}
			}
		}
		return open;
	}
}
