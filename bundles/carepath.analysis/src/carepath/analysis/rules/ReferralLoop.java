package carepath.analysis.rules;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Labels;
import carepath.analysis.ServiceGraph;
import carepath.analysis.ServiceGraph.Hop;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;
import carepath.model.Ecosystem;
import carepath.model.Service;

/**
 * A referral loop: a person refused by a service is sent on to where the pathways lead back to
 * that same service, so they go round without their need being met. Referring back and forth
 * between services that accept (a GP and a team discharging to it) is normal and not reported;
 * the loop must pass through a refusal. The way round is spelled out for loops among up to
 * {@value #LISTED_LOOP_SIZE} services; larger tangles would make a long message and a costly search.
 */
public class ReferralLoop extends EcosystemRule {
	static final int LISTED_LOOP_SIZE = 50;

	public ReferralLoop() {
		super("referral-loop", WorkshopQuestion.GAPS, Severity.WARNING,
				"a declined pathway that leads back round to the service that refused the person");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		ServiceGraph graph = context.graph(ecosystem);
		Map<Service, Set<Service>> componentOf = null;
		Set<List<Service>> reported = new HashSet<>();
		for (Connection connection : graph.connections()) {
			Service refusing = connection.getTarget();
			Service declinedTo = connection.getDeclinedPathway();
			if (declinedTo == null || declinedTo.eIsProxy()) {
				continue;
			}
			if (componentOf == null) {
				componentOf = components(graph);
			}
			Set<Service> loop = componentOf.get(refusing);
			if (loop != componentOf.get(declinedTo)) {
				continue; // no way back: a pathway on, not a loop
			}
			if (!reported.add(List.of(refusing, declinedTo))) {
				continue; // the same loop, declined into from another referral: reported once
			}
			findings.report(connection, Literals.CONNECTION__DECLINED_PATHWAY, String.format(
					"Referral loop: a person declined by %s is sent to %s, and the pathways lead back to %s%s without the need being met.",
					Labels.title(refusing), Labels.title(declinedTo), Labels.title(refusing), wayRound(graph, loop, refusing, declinedTo)));
		}
	}

	/** ` (CMHT → Alcohol and drug service → CMHT)`, or nothing for a loop too large to list. */
	private static String wayRound(ServiceGraph graph, Set<Service> loop, Service refusing, Service declinedTo) {
		if (loop.size() > LISTED_LOOP_SIZE) {
			return "";
		}
		GraphPath<Service, Hop> back = BFSShortestPath.findPathBetween(graph.directed(), declinedTo, refusing);
		List<Service> round = back.getVertexList();
		return String.format(" (%s → %s)", Labels.title(refusing), Labels.titles(round));
	}

	private static Map<Service, Set<Service>> components(ServiceGraph graph) {
		Map<Service, Set<Service>> componentOf = new IdentityHashMap<>();
		for (Set<Service> component : new KosarajuStrongConnectivityInspector<>(graph.directed()).stronglyConnectedSets()) {
			for (Service service : component) {
				componentOf.put(service, component);
			}
		}
		return componentOf;
	}
}
