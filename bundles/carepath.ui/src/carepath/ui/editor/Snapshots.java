package carepath.ui.editor;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import carepath.dsl.load.ModelSet;
import carepath.ui.JourneyServices;

/** Parses an editor's text together with the other files of its project, and checks it. */
final class Snapshots {
	private Snapshots() {
	}

	/** The text parsed with the others, without checking: enough for content assist. */
	static XtextResource parse(ProjectFiles files, String text, ModelSet into) {
		for (SourceFile other : files.others()) {
			into.add(other.name(), other.uri(), other.text());
		}
		return into.add(files.name(), files.uri(), text);
	}

	static Snapshot take(long version, ProjectFiles files, String text, CancelIndicator cancel) {
		ModelSet models = JourneyServices.newModelSet();
		XtextResource resource = parse(files, text, models);
		List<Issue> issues = models.issues(resource, cancel);
		return new Snapshot(version, text, models, resource, issues);
	}
}
