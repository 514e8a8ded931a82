package carepath.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Check;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Finding;
import carepath.analysis.WorkshopChecks;
import carepath.model.Model;
import carepath.model.TopLevelElement;

/**
 * Reports the workshop checks of carepath.analysis as diagnostics of the file they concern, with
 * the project's severities, so the editor and `carepath check` show them like any other problem.
 * The issue data carries the id of the workshop question the finding answers.
 */
public class WorkshopCheckBridge extends ComposedCheck {

	@Check
	public void workshopChecks(Model model) {
		Resource resource = model.eResource();
		if (resource == null || resource instanceof XtextResource text && text.getParseResult() != null
				&& text.getParseResult().hasSyntaxErrors()) {
			return; // findings on a half-parsed file would be noise: the syntax comes first
		}
		List<? extends Resource> project = resource.getResourceSet() == null ? List.of(resource)
				: resource.getResourceSet().getResources();
		AnalysisContext context = new AnalysisContext(WorkshopChecks.topLevelElements(project),
				ProjectSettings.of(resource));
		RecordedFindings recorded = RecordedFindings.restart(resource);
		for (TopLevelElement element : model.getElements()) {
			WorkshopChecks.check(element, context, finding -> {
				recorded.add(finding);
				report(finding);
			});
		}
	}

	private void report(Finding finding) {
		String question = finding.question().id();
		switch (finding.severity()) {
		case ERROR -> getMessageAcceptor().acceptError(finding.message(), finding.element(), finding.feature(),
				finding.index(), finding.code(), question);
		case WARNING -> getMessageAcceptor().acceptWarning(finding.message(), finding.element(), finding.feature(),
				finding.index(), finding.code(), question);
		case INFO -> getMessageAcceptor().acceptInfo(finding.message(), finding.element(), finding.feature(),
				finding.index(), finding.code(), question);
		case OFF -> {
		}
		}
	}
}
