package carepath.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;

import carepath.ui.editor.SemanticHighlights.Highlight;

/**
 * Lays the parse's highlights (names, references by kind) over the lexer's colouring. They are
 * kept as positions of the document, so they move with the text as it is typed and are laid
 * again over every line a keystroke recolours; when a snapshot brings new ones, only the places
 * where they differ are coloured again.
 */
final class SemanticPresenter implements ITextPresentationListener {
	private static final String CATEGORY = "carepath.highlights";
	/** Below this many changed places each is recoloured alone, above it their whole stretch at once. */
	private static final int SEPARATE_REPAINTS = 8;
	private final ITextViewer viewer;
	private final IPositionUpdater tracker = new DefaultPositionUpdater(CATEGORY);
	private final Map<Position, TextAttribute> shown = new IdentityHashMap<>();
	private IDocument tracking;
	private String shownText = "";

	SemanticPresenter(ITextViewer viewer) {
		this.viewer = viewer;
	}

	/** The highlights of this snapshot, if it is of the text shown. */
	void show(Snapshot snapshot) {
		IDocument document = viewer.getDocument();
		if (document == null || !snapshot.text().equals(document.get()) || snapshot.text().equals(shownText)) {
			return;
		}
		track(document);
		Set<Highlight> before = new HashSet<>();
		shown.forEach((place, style) -> {
			if (!place.isDeleted()) {
				before.add(new Highlight(place.getOffset(), place.getLength(), style));
			}
		});
		Set<Highlight> after = new HashSet<>(snapshot.highlights());
		List<Highlight> changed = new ArrayList<>();
		before.stream().filter(h -> !after.contains(h)).forEach(changed::add);
		after.stream().filter(h -> !before.contains(h)).forEach(changed::add);
		replacePositions(document, snapshot.highlights());
		shownText = snapshot.text();
		repaint(document, changed);
	}

	private void replacePositions(IDocument document, List<Highlight> highlights) {
		try {
			for (Position old : shown.keySet()) {
				document.removePosition(CATEGORY, old);
			}
			shown.clear();
			for (Highlight highlight : highlights) {
				Position place = new Position(highlight.offset(), highlight.length());
				document.addPosition(CATEGORY, place);
				shown.put(place, highlight.style());
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			shown.clear(); // cannot happen for a snapshot of this very text; show none rather than wrong ones
		}
	}

	private void repaint(IDocument document, List<Highlight> changed) {
		if (changed.isEmpty()) {
			return;
		}
		if (changed.size() <= SEPARATE_REPAINTS) {
			changed.forEach(h -> invalidate(document, h.offset(), h.length()));
			return;
		}
		int start = changed.stream().mapToInt(Highlight::offset).min().orElse(0);
		int end = changed.stream().mapToInt(h -> h.offset() + h.length()).max().orElse(0);
		invalidate(document, start, end - start);
	}

	private void track(IDocument document) {
		if (tracking == document) {
			return;
		}
		if (tracking != null) {
			tracking.removePositionUpdater(tracker);
		}
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(tracker);
		tracking = document;
		shown.clear();
	}

	private void invalidate(IDocument document, int offset, int length) {
		if (offset + length > document.getLength()) {
			return;
		}
		if (viewer instanceof ITextViewerExtension2 extension) {
			extension.invalidateTextPresentation(offset, length);
		} else {
			viewer.invalidateTextPresentation();
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (viewer.getDocument() != tracking) {
			return;
		}
		IRegion extent = presentation.getExtent();
		shown.forEach((place, style) -> {
			if (!place.isDeleted() && place.getLength() > 0 && place.overlapsWith(extent.getOffset(), extent.getLength())) {
				presentation.replaceStyleRange(new StyleRange(place.getOffset(), place.getLength(), style.getForeground(),
						style.getBackground(), style.getStyle()));
			}
		});
	}
}
