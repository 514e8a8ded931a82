package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.Threshold;
import carepath.analysis.WaitTime;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;
import carepath.model.Step;

/** A wait before a step longer than the project's wait-limit. */
public class LongWait extends JourneyRule {

	public LongWait() {
		super("long-wait", WorkshopQuestion.WAITING, Severity.WARNING, "a wait longer than the wait-limit (default 4 weeks)");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		long limit = context.threshold(Threshold.WAIT_LIMIT);
		for (Step step : Journeys.steps(journey)) {
			long wait = WaitTime.minutes(step.getWait());
			if (wait > limit) {
				findings.report(step, Literals.STEP__WAIT, String.format("%s waits %s before this step, longer than the limit of %s.",
						Journeys.personName(journey), WaitTime.format(wait), WaitTime.format(limit)));
			}
		}
	}
}
