package carepath.ui.editor;

import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;

/**
 * The `.journey` editor: the platform's text editor with the language's colouring, content
 * assist and problems as you type. Each pause in typing yields a {@link Snapshot} that other views
 * (the diagram) follow; the text itself is only ever changed by the user.
 */
public class JourneyEditor extends TextEditor {
	public static final String ID = "carepath.ui.editor";

	private final ProblemAnnotations annotations = new ProblemAnnotations();
	private ModelUpdater updater;
	private long version;
	private final IDocumentListener onEdit = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			updater.textChanged(++version, event.getDocument().get());
		}
	};

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		IDocument old = getDocument();
		if (old != null) {
			old.removeDocumentListener(onEdit);
		}
		if (updater != null) {
			updater.dispose();
		}
		ProjectFiles files = new ProjectFiles(input);
		updater = new ModelUpdater(files, Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault());
		updater.addListener(snapshot -> annotations.show(getSourceViewer() == null ? null : getSourceViewer().getAnnotationModel(),
				snapshot.issues(), snapshot.text().length()));
		if (getSourceViewerConfiguration() == null || !(getSourceViewerConfiguration() instanceof JourneySourceViewerConfiguration)) {
			setSourceViewerConfiguration(new JourneySourceViewerConfiguration(files));
		}
		super.doSetInput(input);
		IDocument document = getDocument();
		if (document != null) {
			document.addDocumentListener(onEdit);
			updater.textChanged(++version, document.get());
		}
	}

	public IDocument getDocument() {
		return getDocumentProvider() == null || getEditorInput() == null ? null
				: getDocumentProvider().getDocument(getEditorInput());
	}

	/** The newest checked snapshot of the text, or null while the first is being made. */
	public Snapshot latest() {
		return updater == null ? null : updater.latest();
	}

	/** Hears of each new snapshot, on the UI thread. */
	public void addSnapshotListener(Consumer<Snapshot> listener) {
		updater.addListener(listener);
	}

	public void removeSnapshotListener(Consumer<Snapshot> listener) {
		if (updater != null) {
			updater.removeListener(listener);
		}
	}

	/** Selects and shows a range of the text, as a click on the diagram asks. */
	public void select(int offset, int length) {
		selectAndReveal(offset, length);
	}

	@Override
	public void dispose() {
		IDocument document = getDocument();
		if (document != null) {
			document.removeDocumentListener(onEdit);
		}
		if (updater != null) {
			updater.dispose();
		}
		super.dispose();
	}
}
