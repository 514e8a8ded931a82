package carepath.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import carepath.dsl.formatting.TextFormatter;
import carepath.ui.JourneyServices;

/**
 * Lays the text out the way the language's formatter does (Ctrl+Shift+F): the selected lines, or
 * the whole text when nothing is selected. Only whitespace changes, as one step to undo; a text
 * with a syntax error is left as it is, and the status line says why.
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
		if (document == null || !editor.isEditable()
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		String text = document.get();
		XtextResource resource = JourneyServices.newModelSet().add(editor.getTitle(), editor.uri(), text);
		INode error = resource.getParseResult().getSyntaxErrors().iterator().hasNext()
				? resource.getParseResult().getSyntaxErrors().iterator().next()
				: null;
		if (error != null) {
			editor.status("Not formatted: line " + error.getStartLine() + " has a syntax error.");
			return;
		}
		try {
			apply(document, JourneyServices.injector().getInstance(TextFormatter.class).replacements(resource,
					lines(document, selection)));
			editor.status(null);
		} catch (BadLocationException e) {
			editor.status("Not formatted: the text changed while it was being formatted.");
		}
	}

	/**
	 * The selected lines, whole, with the line break before them (the indentation of the first
	 * belongs to the space that starts there); or the whole text when nothing is selected.
	 */
	private static TextRegion lines(IDocument document, ITextSelection selection) throws BadLocationException {
		if (selection.getLength() == 0) {
			return new TextRegion(0, document.getLength());
		}
		int first = Math.max(0, document.getLineOffset(document.getLineOfOffset(selection.getOffset())) - 1);
		int lastLine = document.getLineOfOffset(selection.getOffset() + selection.getLength() - 1);
		int end = document.getLineOffset(lastLine) + document.getLineLength(lastLine);
		return new TextRegion(first, end - first);
	}

	/** From the end backwards, so each edit's offsets still hold; one compound change for undo. */
	private void apply(IDocument document, List<ITextReplacement> replacements) throws BadLocationException {
		List<ITextReplacement> backwards = new ArrayList<>(replacements);
		backwards.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			for (ITextReplacement replacement : backwards) {
				document.replace(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText());
			}
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}
}
