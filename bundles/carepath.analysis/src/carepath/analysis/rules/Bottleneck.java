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
 * graph), with the number of services that would be cut off from the rest.
 */
public class Bottleneck extends EcosystemRule {

	public Bottleneck() {
		super("bottleneck", WorkshopQuestion.BOTTLENECKS, Severity.INFO,
				"a service whose removal would cut other services off from the rest");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		Graph<Service, Hop> undirected = context.graph(ecosystem).undirected();
		Map<Service, Integer> cutOff = CutPoints.of(undirected);
		List<Service> cutpoints = new ArrayList<>(cutOff.keySet());
		cutpoints.sort(Comparator.comparingInt(ecosystem.getServices()::indexOf));
		for (Service cutpoint : cutpoints) {
			int count = cutOff.get(cutpoint);
			findings.report(cutpoint, Literals.NAMED_ELEMENT__NAME, String.format(
					"Bottleneck: without %s, %d %s would be cut off from the rest of the system.", Labels.title(cutpoint), count,
					count == 1 ? "service" : "services"));
		}
	}
}
