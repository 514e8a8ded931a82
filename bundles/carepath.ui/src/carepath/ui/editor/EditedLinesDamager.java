package carepath.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Recolours the lines an edit touched, which is all a keystroke can change: strings and `//`
 * comments end with their line. Only a `/*` comment spans lines, so an edit that adds or takes
 * away a `/` or `*`, or lands after an opening `/*` not yet closed, recolours the whole text.
 */
final class EditedLinesDamager extends DefaultDamagerRepairer implements IDocumentListener {
	private boolean commentMarkEdited;

	EditedLinesDamager() {
		super(new JourneyTokenScanner());
	}

	@Override
	public void setDocument(IDocument document) {
		if (fDocument != null) {
			fDocument.removeDocumentListener(this);
		}
		super.setDocument(document);
		if (document != null) {
			document.addDocumentListener(this);
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		try {
			commentMarkEdited = hasCommentMark(event.getText())
					|| hasCommentMark(event.getDocument().get(event.getOffset(), event.getLength()));
		} catch (BadLocationException e) {
			commentMarkEdited = true;
		}
	}

	@Override
	public void documentChanged(DocumentEvent event) {
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		IDocument document = event.getDocument();
		try {
			int firstLine = document.getLineOfOffset(event.getOffset());
			int start = document.getLineOffset(firstLine);
			if (commentMarkEdited || insideOpenComment(document.get(), start)) {
				return new Region(0, document.getLength());
			}
			int inserted = event.getText() == null ? 0 : event.getText().length();
			int lastLine = document.getLineOfOffset(Math.min(event.getOffset() + inserted, document.getLength()));
			int end = document.getLineOffset(lastLine) + document.getLineLength(lastLine);
			String lines = document.get(start, end - start);
			if (lines.contains("/*") || lines.contains("*/")) {
				return new Region(0, document.getLength()); // a comment that goes on past these lines
			}
			return new Region(start, end - start);
		} catch (BadLocationException e) {
			return new Region(0, document.getLength());
		}
	}

	private static boolean hasCommentMark(String text) {
		return text != null && (text.indexOf('/') >= 0 || text.indexOf('*') >= 0);
	}

	/** Whether a `/*` before this offset is still open there (as far as the marks alone tell). */
	static boolean insideOpenComment(String text, int offset) {
		int open = text.lastIndexOf("/*", offset - 1);
		return open >= 0 && text.lastIndexOf("*/", offset - 1) < open;
	}
}
