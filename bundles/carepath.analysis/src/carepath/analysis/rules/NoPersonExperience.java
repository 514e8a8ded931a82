package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;
import carepath.model.Step;

/** A step the person takes part in with no record of how it felt to them. */
public class NoPersonExperience extends JourneyRule {

	public NoPersonExperience() {
		super("no-person-experience", WorkshopQuestion.EXPERIENCE, Severity.INFO,
				"a step the person takes part in with no person experience");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		for (Step step : Journeys.frontstage(journey)) {
			if (step.getPersonExperience() == null) {
				findings.report(step, Literals.NAMED_ELEMENT__NAME, String.format(
						"How this step felt to %s is not recorded: add 'person feels SCORE \"...\"'.", Journeys.personName(journey)));
			}
		}
	}
}
