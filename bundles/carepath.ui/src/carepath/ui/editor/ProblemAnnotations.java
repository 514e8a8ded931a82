package carepath.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import carepath.ui.quickfix.IssueAnnotation;

/** Marks the problems of the last snapshot in the text, as the platform draws errors and warnings. */
final class ProblemAnnotations {
	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private List<Annotation> shown = new ArrayList<>();

	void show(IAnnotationModel model, Snapshot snapshot) {
		if (model == null) {
			return;
		}
		List<Issue> issues = snapshot.issues();
		int documentLength = snapshot.text().length();
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), documentLength);
			int length = issue.getLength() == null ? 0 : Math.min(issue.getLength(), documentLength - offset);
			added.put(new IssueAnnotation(type(issue.getSeverity()), issue, snapshot), new Position(offset, length));
		}
		Annotation[] removed = shown.toArray(Annotation[]::new);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed, added);
		} else {
			for (Annotation annotation : removed) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		shown = new ArrayList<>(added.keySet());
	}

	private static String type(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}
}
