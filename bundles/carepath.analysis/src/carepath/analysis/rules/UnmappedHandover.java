package carepath.analysis.rules;

import java.util.List;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.ServiceGraph;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Step;

/**
 * An unmapped handover: the person moves from one service to another between consecutive steps
 * they take part in, but the journey's system map has no referral, signpost or declined pathway
 * between them. Backstage steps pass information, not the person, so they are not handovers.
 */
public class UnmappedHandover extends JourneyRule {

	public UnmappedHandover() {
		super("unmapped-handover", WorkshopQuestion.COMMUNICATION, Severity.WARNING,
				"consecutive steps at different services with no connection between them on the system map");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		Ecosystem ecosystem = journey.getEcosystem();
		if (ecosystem == null || ecosystem.eIsProxy()) {
			return;
		}
		ServiceGraph graph = context.graph(ecosystem);
		List<Step> steps = Journeys.frontstage(journey);
		Service previous = null;
		for (Step step : steps) {
			Service service = Journeys.service(step);
			if (service == null) {
				continue;
			}
			if (previous != null && previous != service && isMapped(graph, previous, service) == Boolean.FALSE) {
				findings.report(step, Literals.STEP__SERVICE, String.format(
						"Unmapped handover from %s to %s: the system map %s has no referral, signpost or declined pathway between them.",
						Labels.title(previous), Labels.title(service), Labels.title(ecosystem)));
			}
			previous = service;
		}
	}

	/** Null when either service is not on this map (the language reports that); else whether a way leads there. */
	private static Boolean isMapped(ServiceGraph graph, Service from, Service to) {
		if (!graph.directed().containsVertex(from) || !graph.directed().containsVertex(to)) {
			return null;
		}
		return graph.directed().containsEdge(from, to);
	}
}
