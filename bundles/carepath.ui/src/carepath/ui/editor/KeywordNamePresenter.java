package carepath.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IDocument;
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
	private final ITextViewer viewer;
	private List<Position> names = List.of();
	private String namesText = "";

	KeywordNamePresenter(ITextViewer viewer) {
		this.viewer = viewer;
	}

	/** The names of this snapshot, if it is of the text shown; then the text is coloured again. */
	void show(Snapshot snapshot) {
		IDocument document = viewer.getDocument();
		if (document == null || !snapshot.text().equals(document.get())) {
			return;
		}
		names = KeywordNames.of(snapshot.resource());
		namesText = snapshot.text();
		if (viewer instanceof ITextViewerExtension2 extension) {
			extension.invalidateTextPresentation(0, document.getLength());
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
