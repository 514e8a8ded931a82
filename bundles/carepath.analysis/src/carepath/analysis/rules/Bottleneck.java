package carepath.analysis.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.ServiceGraph.Hop;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Service;

/**
 * A bottleneck: a service whose removal cuts pathways (an articulation point of the connection
 * graph), with the number of services that would be cut off from the rest. A facilitator
 * discusses the few that cut off most: the {@value #LISTED} largest are reported on their services
 * (in the model's order), any others summed up once for the map (a long referral chain has a
 * bottleneck at every link).
 */
public class Bottleneck extends EcosystemRule {
	static final int LISTED = 10;

	public Bottleneck() {
		super("bottleneck", WorkshopQuestion.BOTTLENECKS, Severity.INFO,
				"a service whose removal would cut other services off from the rest");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		Graph<Service, Hop> undirected = context.graph(ecosystem).undirected();
		Map<Service, Integer> cutOff = CutPoints.of(undirected);
		if (cutOff.isEmpty()) {
			return;
		}
		Map<Service, Integer> order = ModelOrder.of(ecosystem.getServices());
		List<Service> largest = new ArrayList<>(cutOff.keySet());
		largest.sort(Comparator.comparingInt((Service service) -> -cutOff.get(service)).thenComparingInt(order::get));
		List<Service> listed = new ArrayList<>(largest.subList(0, Math.min(LISTED, largest.size())));
		listed.sort(Comparator.comparingInt(order::get));
		for (Service cutpoint : listed) {
			int count = cutOff.get(cutpoint);
			findings.report(cutpoint, Literals.NAMED_ELEMENT__NAME, String.format(
					"Bottleneck: without %s, %d %s would be cut off from the rest of the system.", Labels.title(cutpoint), count,
					count == 1 ? "service" : "services"));
		}
		int others = largest.size() - listed.size();
		if (others > 0) {
			findings.report(ecosystem, Literals.NAMED_ELEMENT__NAME, String.format(
					"%d more services are bottlenecks too, each cutting fewer services off than those named.", others));
		}
	}
}
