package carepath.ui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.XtextResource;

import carepath.ui.JourneyServices;
import carepath.ui.builder.CarepathNature;

/**
 * The `.journey` editor: the platform's text editor with the language's colouring, content
 * assist, problems as you type, folding and Format. Each pause in typing yields a
 * {@link Snapshot} that other views (the diagram) follow; the text itself is only ever changed by
 * the user.
 */
public class JourneyEditor extends TextEditor {
	public static final String ID = "carepath.ui.editor";

	private static final String MATCHING_BRACKETS = "carepath.ui.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOUR = "carepath.ui.matchingBracketsColor";

	private final ProblemAnnotations annotations = new ProblemAnnotations();
	private ProjectFiles files;
	private ModelUpdater updater;
	/** Kept here, not in the updater, so they still hear after a new input (Save As) brings a new updater. */
	private final List<Consumer<Snapshot>> snapshotListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Snapshot>> backgroundListeners = new CopyOnWriteArrayList<>();
	private JourneyOutlinePage outline;
	private ProjectionSupport projectionSupport;
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
		files = new ProjectFiles(input);
		if (input instanceof IFileEditorInput fileInput) {
			// Its project's files get checked on save too, with markers in the Problems view.
			CarepathNature.addTo(fileInput.getFile().getProject());
		}
		updater = new ModelUpdater(files, Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault(),
				snapshotListeners, backgroundListeners);
		if (snapshotListeners.isEmpty()) {
			snapshotListeners.add(snapshot -> annotations.show(getSourceViewer() == null ? null : getSourceViewer().getAnnotationModel(),
					snapshot));
		}
		if (getSourceViewerConfiguration() == null || !(getSourceViewerConfiguration() instanceof JourneySourceViewerConfiguration)) {
			setSourceViewerConfiguration(new JourneySourceViewerConfiguration(files, this::currentResource,
					new DefinitionOpener(this), this::latest));
		}
		super.doSetInput(input);
		IDocument document = getDocument();
		if (document != null) {
			document.addDocumentListener(onEdit);
			updater.textChanged(++version, document.get());
		}
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		// The braces of stages, steps and maps: the one at the caret shows its partner.
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}' }));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOUR);
		getPreferenceStore().setDefault(MATCHING_BRACKETS, true);
		getPreferenceStore().setDefault(MATCHING_BRACKETS_COLOUR, "127,0,85");
		super.configureSourceViewerDecorationSupport(support);
	}

	/** A viewer that can fold. */
	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ISourceViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		if (getSourceViewer() instanceof ProjectionViewer projection) {
			projectionSupport = new ProjectionSupport(projection, getAnnotationAccess(), getSharedColors());
			// A folded element shows in the ruler whether it hides errors or warnings.
			projectionSupport.addSummarizableAnnotationType(ProblemAnnotations.ERROR);
			projectionSupport.addSummarizableAnnotationType(ProblemAnnotations.WARNING);
			projectionSupport.install();
			projection.enableProjection();
			Folding folding = new Folding(projection);
			snapshotListeners.add(folding::show);
			if (latest() != null) {
				folding.show(latest());
			}
		}
		if (getSourceViewer() instanceof ITextViewerExtension4 viewer) {
			SemanticPresenter names = new SemanticPresenter(getSourceViewer());
			viewer.addTextPresentationListener(names);
			snapshotListeners.add(names::show);
			if (latest() != null) {
				names.show(latest());
			}
		}
	}

	@Override
	protected void createActions() {
		super.createActions();
		ToggleCommentAction toggle = new ToggleCommentAction(this);
		toggle.setActionDefinitionId(ToggleCommentAction.COMMAND);
		setAction(ToggleCommentAction.COMMAND, toggle);
		FormatAction format = new FormatAction(this);
		format.setActionDefinitionId(FormatAction.COMMAND);
		setAction(FormatAction.COMMAND, format);
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, FormatAction.COMMAND);
	}

	/** Says something in the status line, as an error; null clears it. */
	void status(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new JourneyOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		if (projectionSupport != null) {
			T projection = projectionSupport.getAdapter(getSourceViewer(), adapter); // the fold regions' model
			if (projection != null) {
				return projection;
			}
		}
		return super.getAdapter(adapter);
	}

	/** The text viewer, for the editor's helpers (hover, links) and their tests. */
	ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** The URI the edited text is parsed under. */
	public URI uri() {
		return files.uri();
	}

	/** The project's other `.journey` files (or its folder's), as saved, for edits made from the diagram. */
	public Map<URI, String> savedNeighbours() {
		Map<URI, String> texts = new LinkedHashMap<>();
		files.others().forEach(file -> texts.put(file.uri(), file.text()));
		return texts;
	}

	/** The text as it is now, parsed: the latest snapshot if it is of this text, else parsed afresh. */
	XtextResource currentResource() {
		IDocument document = getDocument();
		if (document == null) {
			return null;
		}
		String text = document.get();
		Snapshot latest = latest();
		if (latest != null && latest.text().equals(text)) {
			return latest.resource();
		}
		return Snapshots.parse(files, text, JourneyServices.newModelSet());
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
		snapshotListeners.add(listener);
	}

	public void removeSnapshotListener(Consumer<Snapshot> listener) {
		snapshotListeners.remove(listener);
	}

	/** Hears of each new snapshot at once, on the checking job's thread: for work done off the UI thread. */
	public void addBackgroundSnapshotListener(Consumer<Snapshot> listener) {
		backgroundListeners.add(listener);
	}

	public void removeBackgroundSnapshotListener(Consumer<Snapshot> listener) {
		backgroundListeners.remove(listener);
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
		if (projectionSupport != null) {
			projectionSupport.dispose();
		}
		super.dispose();
	}
}
