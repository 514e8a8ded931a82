package carepath.analysis.rules;

import java.util.List;
import java.util.Set;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Step;

/** A refusal the journey never recovers from: no step the person takes part in follows it. */
public class FallsThroughGap extends JourneyRule {

	public FallsThroughGap() {
		super("falls-through-gap", WorkshopQuestion.GAPS, Severity.WARNING,
				"a declined step with no step after it: the person falls through a gap");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		List<Step> steps = Journeys.steps(journey);
		for (int index = 0; index < steps.size(); index++) {
			Step step = steps.get(index);
			if (!step.isDeclined() || DeclinedSteps.nextFrontstage(steps, index) != null) {
				continue;
			}
			Set<Service> pathways = DeclinedSteps.pathwaysFrom(journey, Journeys.service(step), context);
			String hint = pathways.isEmpty() ? "" : String.format(" The system map sends people who are declined to %s.",
					DeclinedSteps.names(pathways));
			findings.report(step, Literals.STEP__DECLINED, String.format(
					"%s falls through a gap: after being declined at %s, no further step follows.%s",
					Journeys.personName(journey), DeclinedSteps.where(step), hint));
		}
	}
}
