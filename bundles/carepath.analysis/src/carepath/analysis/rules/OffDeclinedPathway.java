package carepath.analysis.rules;

import java.util.List;
import java.util.Set;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Step;

/** After a refusal the person goes somewhere other than where the system map's declined pathway leads. */
public class OffDeclinedPathway extends JourneyRule {

	public OffDeclinedPathway() {
		super("off-declined-pathway", WorkshopQuestion.REJECTED_ALTERNATIVE, Severity.WARNING,
				"the step after a declined one does not follow the declined pathway of the system map");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		List<Step> steps = Journeys.steps(journey);
		for (int index = 0; index < steps.size(); index++) {
			Step step = steps.get(index);
			Step next = step.isDeclined() ? DeclinedSteps.nextFrontstage(steps, index) : null;
			Service nextService = next == null ? null : Journeys.service(next);
			if (nextService == null) {
				continue;
			}
			Set<Service> pathways = DeclinedSteps.pathwaysFrom(journey, Journeys.service(step), context);
			if (!pathways.isEmpty() && !pathways.contains(nextService)) {
				findings.report(next, Literals.STEP__SERVICE, String.format(
						"After being declined at %s, %s goes to %s, not to %s where the system map sends people who are declined.",
						DeclinedSteps.where(step), Journeys.personName(journey), Labels.title(nextService),
						DeclinedSteps.names(pathways)));
			}
		}
	}
}
