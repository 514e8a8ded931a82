package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;
import carepath.model.MapFocus;
import carepath.model.Step;

/** A map meant to show good practice that records none. */
public class NoGoodPractice extends JourneyRule {

	public NoGoodPractice() {
		super("no-good-practice", WorkshopQuestion.GOOD_PRACTICE, Severity.WARNING,
				"a good-practice map that records no good practice");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		if (!journey.isSetShows() || journey.getShows() != MapFocus.GOOD_PRACTICE) {
			return;
		}
		for (Step step : Journeys.steps(journey)) {
			if (!step.getGoodPractice().isEmpty()) {
				return;
			}
		}
		findings.report(journey, Literals.JOURNEY__SHOWS,
				"This map shows good practice but records none: add 'good \"...\"' to the steps that went well.");
	}
}
