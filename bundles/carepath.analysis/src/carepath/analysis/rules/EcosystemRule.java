package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.Ecosystem;
import carepath.model.TopLevelElement;

/** A check on a system map. */
public abstract class EcosystemRule extends BaseRule {

	EcosystemRule(String code, WorkshopQuestion question, Severity defaultSeverity, String description) {
		super(code, question, defaultSeverity, description);
	}

	@Override
	public final void check(TopLevelElement element, AnalysisContext context, Findings findings) {
		if (element instanceof Ecosystem ecosystem) {
			check(ecosystem, context, findings);
		}
	}

	abstract void check(Ecosystem ecosystem, AnalysisContext context, Findings findings);
}
