package carepath.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;

/**
 * Comments out the selected lines with `//`, or takes the `//` away when every selected line
 * already starts with one (Ctrl+/). The change is one step to undo.
 */
final class ToggleCommentAction extends Action {
	static final String COMMAND = "carepath.ui.toggleComment";
	private final JourneyEditor editor;

	ToggleCommentAction(JourneyEditor editor) {
		super("Toggle Comment");
		this.editor = editor;
	}

	@Override
	public void run() {
		IDocument document = editor.getDocument();
		if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) || document == null
				|| !editor.isEditable()) {
			return;
		}
		try {
			int first = document.getLineOfOffset(selection.getOffset());
			int last = document.getLineOfOffset(selection.getOffset() + Math.max(0, selection.getLength() - 1));
			String text = document.get();
			StringBuilder replaced = new StringBuilder();
			int start = document.getLineOffset(first);
			int end = document.getLineOffset(last) + document.getLineLength(last);
			boolean uncomment = LineComments.allCommented(text.substring(start, end));
			replaced.append(uncomment ? LineComments.uncomment(text.substring(start, end)) : LineComments.comment(text.substring(start, end)));
			document.replace(start, end - start, replaced.toString());
		} catch (BadLocationException e) {
			// the selection went stale between reading it and changing the text: nothing is changed
		}
	}
}
