package carepath.analysis.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.MaskSubgraph;

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
		List<Service> cutpoints = new ArrayList<>(new BiconnectivityInspector<>(undirected).getCutpoints());
		cutpoints.sort(Comparator.comparingInt(ecosystem.getServices()::indexOf));
		ConnectivityInspector<Service, Hop> whole = new ConnectivityInspector<>(undirected);
		for (Service cutpoint : cutpoints) {
			int cutOff = cutOff(undirected, whole.connectedSetOf(cutpoint), cutpoint);
			findings.report(cutpoint, Literals.NAMED_ELEMENT__NAME, String.format(
					"Bottleneck: without %s, %d %s would be cut off from the rest of the system.", cutpoint.getName(), cutOff,
					cutOff == 1 ? "service" : "services"));
		}
	}

	/** The services in the pieces that removing this one leaves, all but the largest piece. */
	static int cutOff(Graph<Service, Hop> undirected, Set<Service> reachable, Service removed) {
		Graph<Service, Hop> without = new MaskSubgraph<>(undirected, service -> service == removed, hop -> false);
		List<Set<Service>> pieces = new ConnectivityInspector<>(without).connectedSets();
		int total = 0;
		int largest = 0;
		for (Set<Service> piece : pieces) {
			if (reachable.contains(piece.iterator().next())) {
				total += piece.size();
				largest = Math.max(largest, piece.size());
			}
		}
		return total - largest;
	}
}
