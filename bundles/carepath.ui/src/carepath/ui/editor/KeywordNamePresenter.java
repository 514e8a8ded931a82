package carepath.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;

/**
 * Shows keywords that stand as names as names, over the lexer's colouring, once a snapshot of the
 * same text has parsed them; a stale list (the text has moved on) is not applied.
 */
final class KeywordNamePresenter implements ITextPresentationListener {
	private static final String CATEGORY = "carepath.keywordNames";
	private final ITextViewer viewer;
	private final IPositionUpdater tracker = new DefaultPositionUpdater(CATEGORY);
	private List<Position> names = List.of();
	private String namesText = "";
	private IDocument tracking;

	KeywordNamePresenter(ITextViewer viewer) {
		this.viewer = viewer;
	}

	/**
	 * The names of this snapshot, if it is of the text shown. Only the places of these names and
	 * of the last ones (followed through the edits since) are coloured again, not the whole text.
	 */
	void show(Snapshot snapshot) {
		IDocument document = viewer.getDocument();
		if (document == null || !snapshot.text().equals(document.get()) || snapshot.text().equals(namesText)) {
			return;
		}
		List<Position> previous = track(document);
		names = KeywordNames.of(snapshot.resource());
		namesText = snapshot.text();
		try {
			for (Position old : previous) {
				document.removePosition(CATEGORY, old);
			}
			for (Position name : names) {
				document.addPosition(CATEGORY, new Position(name.getOffset(), name.getLength()));
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			// the names come from this very text; they are kept in step with it below anyway
		}
		List<Position> recolour = new ArrayList<>(previous);
		recolour.addAll(names);
		for (Position place : recolour) {
			if (!place.isDeleted() && place.getOffset() + place.getLength() <= document.getLength()) {
				invalidate(document, place);
			}
		}
	}

	/** The places of the names shown last, where the edits since have moved them. */
	private List<Position> track(IDocument document) {
		if (tracking != document) {
			if (tracking != null) {
				tracking.removePositionUpdater(tracker);
			}
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(tracker);
			tracking = document;
		}
		try {
			return List.of(document.getPositions(CATEGORY));
		} catch (BadPositionCategoryException e) {
			return List.of();
		}
	}

	private void invalidate(IDocument document, Position place) {
		if (viewer instanceof ITextViewerExtension2 extension) {
			extension.invalidateTextPresentation(place.getOffset(), place.getLength());
		} else {
			viewer.invalidateTextPresentation();
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IDocument document = viewer.getDocument();
		if (document == null || names.isEmpty() || !namesText.equals(document.get())) {
			return;
		}
		IRegion extent = presentation.getExtent();
		for (Position name : names) {
			if (name.overlapsWith(extent.getOffset(), extent.getLength())) {
				presentation.replaceStyleRange(new StyleRange(name.getOffset(), name.getLength(), null, null, SWT.NORMAL));
			}
		}
	}
}
