package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;
import carepath.model.Step;

/** A journey that records no professional's experience at any step: half of the story is missing. */
public class NoProfessionalExperience extends JourneyRule {

	public NoProfessionalExperience() {
		super("no-professional-experience", WorkshopQuestion.EXPERIENCE, Severity.INFO,
				"a journey with no professional experience at any step");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		var steps = Journeys.steps(journey);
		if (steps.isEmpty()) {
			return;
		}
		for (Step step : steps) {
			if (step.getProfessionalExperience() != null) {
				return;
			}
		}
		findings.report(journey, Literals.NAMED_ELEMENT__NAME,
				"No step records the professional's experience: add 'professional feels SCORE \"...\"' where staff took part.");
	}
}
