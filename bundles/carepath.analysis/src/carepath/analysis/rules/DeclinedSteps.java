package carepath.analysis.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Journeys;
import carepath.model.Connection;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Step;

/** What the journey and its system map say happens after a step where access was refused. */
final class DeclinedSteps {
	private DeclinedSteps() {
	}

	/** The next step the person takes part in, or null when the journey ends here. */
	static Step nextFrontstage(List<Step> steps, int index) {
		for (int next = index + 1; next < steps.size(); next++) {
			if (!steps.get(next).isBackstage()) {
				return steps.get(next);
			}
		}
		return null;
	}

	/** Where the system map sends people refused by this service (its declined pathways). */
	static Set<Service> pathwaysFrom(Journey journey, Service refusing, AnalysisContext context) {
		Set<Service> pathways = new LinkedHashSet<>();
		Ecosystem ecosystem = journey.getEcosystem();
		if (refusing == null || ecosystem == null || ecosystem.eIsProxy()) {
			return pathways;
		}
		for (Connection connection : context.graph(ecosystem).connections()) {
			Service declinedTo = connection.getDeclinedPathway();
			if (connection.getTarget() == refusing && declinedTo != null && !declinedTo.eIsProxy()) {
				pathways.add(declinedTo);
			}
		}
		return pathways;
	}

	static String names(Set<Service> services) {
		return String.join(" or ", services.stream().map(Labels::title).toList());
	}

	static String where(Step step) {
		Service service = Journeys.service(step);
		return service == null ? "step " + Labels.title(step) : Labels.title(service);
	}
}
