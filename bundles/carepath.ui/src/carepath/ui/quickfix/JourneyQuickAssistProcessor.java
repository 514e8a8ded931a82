package carepath.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import carepath.ui.editor.Snapshot;

/**
 * Quick fix (Ctrl+1, or a click on a problem's hover) in the journey editor: the fixes for the
 * problems of the latest snapshot at the caret or, when those have none, for the problems that
 * start on the caret's line. When the snapshot is not of the text as it is now (typing has not
 * paused yet), it offers nothing rather than a change at the wrong place.
 */
public final class JourneyQuickAssistProcessor implements IQuickAssistProcessor {
	private final Supplier<Snapshot> latest;
	private final QuickFixes fixes;

	public JourneyQuickAssistProcessor(Supplier<Snapshot> latest) {
		this(latest, QuickFixes.standard());
	}

	public JourneyQuickAssistProcessor(Supplier<Snapshot> latest, QuickFixes fixes) {
		this.latest = latest;
		this.fixes = fixes;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation problem && !annotation.isMarkedDeleted() && problem.isQuickFixable();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false; // only fixes for problems so far, no assists
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		IDocument document = viewer == null ? null : viewer.getDocument();
		Snapshot snapshot = latest.get();
		if (document == null || snapshot == null || !document.get().equals(snapshot.text())) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		Set<TextFix> offered = new LinkedHashSet<>();
		for (List<Issue> issues : issuesAt(snapshot, document, context.getOffset())) {
			for (Issue issue : issues) {
				for (TextFix fix : fixes.fixes(issue, snapshot)) {
					if (offered.add(fix)) {
						proposals.add(new FixProposal(fix, issue.getMessage(), snapshot.text()));
					}
				}
			}
			if (!proposals.isEmpty()) {
				break;
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/**
	 * The problems that cover the offset, then those that start on its line: the second are asked
	 * only when the first have no fix. Errors first, then by place.
	 */
	static List<List<Issue>> issuesAt(Snapshot snapshot, IDocument document, int offset) {
		List<Issue> covering = new ArrayList<>();
		List<Issue> onLine = new ArrayList<>();
		int line = lineOf(document, offset);
		for (Issue issue : snapshot.issues()) {
			if (issue.getOffset() == null || issue.isSyntaxError()) {
				continue;
			}
			int start = issue.getOffset();
			int end = start + (issue.getLength() == null ? 0 : issue.getLength());
			if (start <= offset && offset <= end) {
				covering.add(issue);
			} else if (line >= 0 && lineOf(document, start) == line) {
				onLine.add(issue);
			}
		}
		Comparator<Issue> order = Comparator.comparing((Issue issue) -> rank(issue.getSeverity()))
				.thenComparing(Issue::getOffset);
		covering.sort(order);
		onLine.sort(order);
		return List.of(covering, onLine);
	}

	private static int lineOf(IDocument document, int offset) {
		try {
			return document.getLineOfOffset(Math.min(Math.max(offset, 0), document.getLength()));
		} catch (BadLocationException e) {
			return -1;
		}
	}

	private static int rank(Severity severity) {
		return switch (severity) {
		case ERROR -> 0;
		case WARNING -> 1;
		default -> 2;
		};
	}
}
