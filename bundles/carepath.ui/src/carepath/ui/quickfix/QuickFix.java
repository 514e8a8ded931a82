package carepath.ui.quickfix;

import java.util.List;

import org.eclipse.xtext.validation.Issue;

import carepath.ui.editor.Snapshot;

/**
 * The fixes for problems of one code. Each is computed from the issue and the snapshot it was
 * found in (the text, parsed), never applied by itself: the user chooses.
 */
public interface QuickFix {

	/** The issue code this fixes, one of carepath.dsl.validation.IssueCodes or a workshop check's id. */
	String code();

	/** The fixes for this issue, best first; none when this fix does not apply to it. */
	List<TextFix> fixes(Issue issue, Snapshot snapshot);
}
