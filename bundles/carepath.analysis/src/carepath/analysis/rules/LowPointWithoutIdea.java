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

/** A low point (the person scores -1 or -2, or there is a pain point) with no change idea. */
public class LowPointWithoutIdea extends JourneyRule {

	public LowPointWithoutIdea() {
		super("low-point-without-idea", WorkshopQuestion.CHANGE_IDEAS, Severity.WARNING,
				"a low point (person score -1 or -2, or any pain point) with no change idea");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		for (Step step : Journeys.steps(journey)) {
			if (!step.getIdeas().isEmpty()) {
				continue;
			}
			Experience person = step.getPersonExperience();
			if (person != null && person.isSetScore() && person.getScore() < 0) {
				findings.report(step, Literals.STEP__PERSON_EXPERIENCE, String.format(
						"A low point with no change idea: %s scores this step %d. Add 'idea \"...\"'.",
						Journeys.personName(journey), person.getScore()));
			} else if (!step.getPainPoints().isEmpty()) {
				findings.report(step, Literals.STEP__PAIN_POINTS, 0, String.format(
						"A pain point (%s) with no change idea. Add 'idea \"...\"'.",
						step.getPainPoints().get(0).getKind().getLiteral()));
			}
		}
	}
}
