package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.Journey;
import carepath.model.TopLevelElement;

/** A check on a journey map. */
public abstract class JourneyRule extends BaseRule {

	JourneyRule(String code, WorkshopQuestion question, Severity defaultSeverity, String description) {
		super(code, question, defaultSeverity, description);
	}

	@Override
	public final void check(TopLevelElement element, AnalysisContext context, Findings findings) {
		if (element instanceof Journey journey) {
			check(journey, context, findings);
		}
	}

	abstract void check(Journey journey, AnalysisContext context, Findings findings);
}
