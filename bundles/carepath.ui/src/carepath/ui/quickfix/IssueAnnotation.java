package carepath.ui.quickfix;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.validation.Issue;

import carepath.ui.editor.Snapshot;

/**
 * A problem marked in the text that knows its issue, so that the platform's hover and ruler can
 * tell whether a quick fix exists for it. Whether one does is worked out when first asked.
 */
public final class IssueAnnotation extends Annotation implements IQuickFixableAnnotation {
	private final Issue issue;
	private final Snapshot snapshot;
	private final QuickFixes fixes;
	private Boolean quickFixable;

	public IssueAnnotation(String type, Issue issue, Snapshot snapshot, QuickFixes fixes) {
		super(type, false, issue.getMessage());
		this.issue = issue;
		this.snapshot = snapshot;
		this.fixes = fixes;
		if (!fixes.handles(issue.getCode())) {
			quickFixable = false;
		}
	}

	public IssueAnnotation(String type, Issue issue, Snapshot snapshot) {
		this(type, issue, snapshot, QuickFixes.standard());
	}

	public Issue issue() {
		return issue;
	}

	public Snapshot snapshot() {
		return snapshot;
	}

	@Override
	public void setQuickFixable(boolean state) {
		quickFixable = state;
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return true;
	}

	@Override
	public boolean isQuickFixable() {
		if (quickFixable == null) {
			quickFixable = !fixes.fixes(issue, snapshot).isEmpty();
		}
		return quickFixable;
	}
}
