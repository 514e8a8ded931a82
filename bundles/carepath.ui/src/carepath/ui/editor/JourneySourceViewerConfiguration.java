package carepath.ui.editor;

import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import carepath.ui.quickfix.JourneyQuickAssistProcessor;

/**
 * The journey editor's colouring, content assist, hover, links to definitions and quick fixes;
 * problems come from {@link ModelUpdater}.
 */
final class JourneySourceViewerConfiguration extends TextSourceViewerConfiguration {
	private final ProjectFiles files;
	private final CurrentResource current;
	private final DefinitionOpener opener;
	private final Supplier<Snapshot> latest;

	JourneySourceViewerConfiguration(ProjectFiles files, CurrentResource current, DefinitionOpener opener,
			Supplier<Snapshot> latest) {
		super(EditorsUI.getPreferenceStore());
		this.files = files;
		this.current = current;
		this.opener = opener;
		this.latest = latest;
	}

	/** Quick fix (Ctrl+1): the fixes for the problems of the latest snapshot at the caret. */
	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new JourneyQuickAssistProcessor(latest));
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		return new JourneyTextHover(current);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
		// Links are looked for on the UI thread as the mouse moves: from the latest check of this
		// very text only, never a parse of its own; just after typing there are none for a moment.
		CurrentResource checked = () -> {
			Snapshot snapshot = latest.get();
			return snapshot != null && viewer.getDocument() != null && snapshot.text().equals(viewer.getDocument().get())
					? snapshot.resource()
					: null;
		};
		return new IHyperlinkDetector[] { new JourneyHyperlinkDetector(checked, opener) };
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer viewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		EditedLinesDamager colouring = new EditedLinesDamager();
		reconciler.setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		ContentAssistant assistant = new ContentAssistant(true); // proposals computed off the UI thread: they parse
		assistant.setContentAssistProcessor(new JourneyCompletionProcessor(files), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoInsert(true);
		return assistant;
	}
}
