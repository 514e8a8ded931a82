package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Experience;
import carepath.model.Journey;
import carepath.model.Step;

/** The person and the professional scored one step 2 or more apart: they saw it very differently. */
public class ExperienceGap extends JourneyRule {

	public ExperienceGap() {
		super("experience-gap", WorkshopQuestion.EXPERIENCE, Severity.WARNING,
				"person and professional scores 2 or more apart on one step");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		for (Step step : Journeys.steps(journey)) {
			Experience person = step.getPersonExperience();
			Experience professional = step.getProfessionalExperience();
			if (person == null || professional == null || !person.isSetScore() || !professional.isSetScore()) {
				continue;
			}
			if (Math.abs(person.getScore() - professional.getScore()) >= 2) {
				findings.report(step, Literals.STEP__PROFESSIONAL_EXPERIENCE, String.format(
						"%s (%s) and the professional (%s) experienced this step very differently.",
						Journeys.personName(journey), score(person), score(professional)));
			}
		}
	}

	private static String score(Experience experience) {
		return experience.getScore() > 0 ? "+" + experience.getScore() : Integer.toString(experience.getScore());
	}
}
