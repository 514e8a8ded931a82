package carepath.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import carepath.dsl.formatting.TextFormatter;
import carepath.ui.JourneyServices;
import carepath.ui.editor.FormatEdits.Edit;

/**
 * Lays the text out the way the language's formatter does (Ctrl+Shift+F): the selected lines, or
 * the whole text when nothing is selected. Only the places the formatter changes are edited, as
 * one step to undo, so the caret, the markers and the folds stay where they were; a text with a
 * syntax error is left as it is, and the status line says why.
 */
final class FormatAction extends Action {
	static final String COMMAND = "carepath.ui.format";
	private final JourneyEditor editor;

	FormatAction(JourneyEditor editor) {
		super("Format");
		this.editor = editor;
	}

	@Override
	public void run() {
		IDocument document = editor.getDocument();
		if (document == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)
				|| !editor.validateEditorInputState()) {
			return;
		}
		String text = document.get();
		// Only this file, as written: the layout needs no other file, and one parse is quick on the UI thread.
		XtextResource resource = JourneyServices.newModelSet().add(editor.getEditorInput().getName(), editor.uri(), text);
		INode error = firstSyntaxError(resource);
		if (error != null) {
			editor.status("Not formatted: line " + error.getStartLine() + " has a syntax error.");
			return;
		}
		try {
			List<Edit> edits = FormatEdits.within(text, formatterEdits(resource, document), from(document, selection),
					to(document, selection));
			apply(document, edits);
			editor.status(null);
		} catch (BadLocationException e) {
			editor.status("Not formatted: the text changed while it was being formatted.");
		} catch (RuntimeException e) {
			// A fault of the formatter must not cost the user the text, nor go unseen.
			ILog.of(FormatAction.class).log(Status.error("Could not format " + editor.getEditorInput().getName(), e));
			editor.status("Not formatted: the formatter failed (the error log has the details).");
		}
	}

	private static INode firstSyntaxError(XtextResource resource) {
		var errors = resource.getParseResult().getSyntaxErrors().iterator();
		return errors.hasNext() ? errors.next() : null;
	}

	/**
	 * The formatter's edits of the whole text, with the document's own line breaks. Even for a
	 * selection: the formatter's own regions keep only edits wholly inside them, which would miss
	 * the indentation of a first selected line below a blank line; {@link FormatEdits} keeps the
	 * edits to the selected lines instead.
	 */
	private static List<Edit> formatterEdits(XtextResource resource, IDocument document) {
		String lineBreak = TextUtilities.getDefaultLineDelimiter(document);
		List<ITextReplacement> replacements = JourneyServices.injector().getInstance(TextFormatter.class)
				.replacements(resource, new TextRegion(0, document.getLength()));
		List<Edit> edits = new ArrayList<>();
		for (ITextReplacement replacement : replacements) {
			String text = replacement.getReplacementText();
			if (!"\n".equals(lineBreak)) {
				text = text.replace("\r\n", "\n").replace("\n", lineBreak);
			}
			edits.add(new Edit(replacement.getOffset(), replacement.getLength(), text));
		}
		return edits;
	}

	/** Where the first selected line starts; the whole text when nothing is selected. */
	private static int from(IDocument document, ITextSelection selection) throws BadLocationException {
		return selection.getLength() == 0 ? 0 : document.getLineOffset(document.getLineOfOffset(selection.getOffset()));
	}

	/**
	 * Where the last selected line ends, before its line break (a selection ending at the start of
	 * a line leaves that line out); the whole text when nothing is selected.
	 */
	private static int to(IDocument document, ITextSelection selection) throws BadLocationException {
		if (selection.getLength() == 0) {
			return document.getLength();
		}
		int last = document.getLineOfOffset(selection.getOffset() + selection.getLength() - 1);
		String lineBreak = document.getLineDelimiter(last);
		return document.getLineOffset(last) + document.getLineLength(last) - (lineBreak == null ? 0 : lineBreak.length());
	}

	/** From the end backwards, so each edit's offsets still hold; one compound change for undo. */
	private void apply(IDocument document, List<Edit> edits) throws BadLocationException {
		if (edits.isEmpty()) {
			return;
		}
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			for (int i = edits.size() - 1; i >= 0; i--) {
				Edit edit = edits.get(i);
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}
}
