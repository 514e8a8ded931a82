package carepath.ui.quickfix;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * A fix for one problem, as the user is offered it: what it says it does, and the changes to the
 * text that do it. Applying it is one change, undone at once.
 */
public record TextFix(String label, List<Replacement> replacements) {

	public TextFix {
		replacements = List.copyOf(replacements);
	}

	public TextFix(String label, Replacement replacement) {
		this(label, List.of(replacement));
	}

	/** The changes as one edit tree, for the platform's text edit machinery. */
	public MultiTextEdit toTextEdit() {
		MultiTextEdit edit = new MultiTextEdit();
		for (Replacement replacement : replacements) {
			edit.addChild(new ReplaceEdit(replacement.offset(), replacement.length(), replacement.text()));
		}
		return edit;
	}

	/**
	 * Applies the changes to a document as one undoable change (a compound change of the
	 * document's undo manager, when it has one) and returns where the caret belongs after them:
	 * the end of the first changed text.
	 */
	public int apply(IDocument document) throws BadLocationException {
		MultiTextEdit edit = toTextEdit();
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			edit.apply(document, TextEdit.UPDATE_REGIONS);
		} catch (MalformedTreeException e) {
			throw new BadLocationException("overlapping changes: " + e.getMessage());
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
		TextEdit[] children = edit.getChildren();
		return children.length == 0 ? edit.getOffset() : children[0].getExclusiveEnd();
	}
}
