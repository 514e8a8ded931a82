package carepath.ui.quickfix;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * A fix as the quick fix popup lists it. It changes the text only when chosen, and only the text
 * it was computed for: if the document has changed since, it does nothing.
 */
public final class FixProposal implements ICompletionProposal {
	private final TextFix fix;
	private final String problem;
	private final String expectedText;
	private Point selection;

	/**
	 * @param fix the change
	 * @param problem the message of the problem it fixes, shown beside the proposal
	 * @param expectedText the text the fix was computed for
	 */
	public FixProposal(TextFix fix, String problem, String expectedText) {
		this.fix = fix;
		this.problem = problem;
		this.expectedText = expectedText;
	}

	public TextFix fix() {
		return fix;
	}

	@Override
	public void apply(IDocument document) {
		if (!document.get().equals(expectedText)) {
			return; // edited since: the offsets no longer hold
		}
		try {
			selection = new Point(fix.apply(document), 0);
		} catch (BadLocationException e) {
			selection = null;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return selection;
	}

	@Override
	public String getAdditionalProposalInfo() {
		StringBuilder info = new StringBuilder();
		if (problem != null) {
			info.append(problem).append("\n\n");
		}
		for (Replacement replacement : fix.replacements()) {
			String removed = expectedText.substring(replacement.offset(), replacement.offset() + replacement.length());
			if (removed.isEmpty()) {
				info.append("Adds: ").append(replacement.text().strip()).append('\n');
			} else {
				info.append("Replaces '").append(removed).append("' with '").append(replacement.text()).append("'\n");
			}
		}
		return info.toString().strip();
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
