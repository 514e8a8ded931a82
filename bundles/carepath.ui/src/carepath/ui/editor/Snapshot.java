package carepath.ui.editor;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import carepath.dsl.load.ModelSet;
import carepath.ui.editor.SemanticHighlights.Highlight;

/**
 * The edited text at one moment, parsed with the other files of its project and checked: what
 * the annotations, the highlighting and the diagram view show. {@code version} grows with every edit.
 */
public record Snapshot(long version, String text, ModelSet models, XtextResource resource, List<Issue> issues,
		List<Highlight> highlights) {

	/** A snapshot with the highlights read from its parse (off the UI thread, where snapshots are taken). */
	public Snapshot(long version, String text, ModelSet models, XtextResource resource, List<Issue> issues) {
		this(version, text, models, resource, issues, SemanticHighlights.of(resource));
	}

	/** Whether the text parsed: with syntax errors, views keep their last good drawing. */
	public boolean parsed() {
		return issues.stream().noneMatch(Issue::isSyntaxError);
	}

	/** The first syntax error, for a view to say why it shows an older drawing; null when there is none. */
	public Issue firstSyntaxError() {
		return issues.stream().filter(Issue::isSyntaxError).findFirst().orElse(null);
	}
}
