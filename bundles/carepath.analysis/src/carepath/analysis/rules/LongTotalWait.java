package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.Threshold;
import carepath.analysis.WaitTime;
import carepath.analysis.WorkshopQuestion;
import carepath.analysis.figures.JourneyFigures;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;

/** A journey whose waits add up to more than the project's total-wait-limit. */
public class LongTotalWait extends JourneyRule {

	public LongTotalWait() {
		super("long-total-wait", WorkshopQuestion.WAITING, Severity.WARNING,
				"a journey whose waits add up to more than the total-wait-limit (default 13 weeks)");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		long limit = context.threshold(Threshold.TOTAL_WAIT_LIMIT);
		long total = JourneyFigures.totalWait(journey);
		if (total > limit) {
			findings.report(journey, Literals.NAMED_ELEMENT__NAME, String.format(
					"%s waits %s in all, longer than the limit of %s for a whole journey.", Journeys.personName(journey),
					WaitTime.format(total), WaitTime.format(limit)));
		}
	}
}
