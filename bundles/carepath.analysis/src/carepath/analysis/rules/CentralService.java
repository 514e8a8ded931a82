package carepath.analysis.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.ServiceGraph.Hop;
import carepath.analysis.Severity;
import carepath.analysis.Threshold;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Service;

/**
 * The most central services. On a map of workshop size that is betweenness: the share of the
 * shortest pathways between other services that pass through a service. Betweenness costs
 * services × connections steps (over a second for 1,000 services and 3,000 connections), so on
 * larger maps the check ranks by PageRank instead, the share of the referral flow a service draws,
 * and says so.
 */
public class CentralService extends EcosystemRule {
	/** Services × hops up to which betweenness stays within a few milliseconds. */
	static final long BETWEENNESS_BUDGET = 100_000;

	public CentralService() {
		super("central-service", WorkshopQuestion.BOTTLENECKS, Severity.INFO,
				"the services that the most pathways between other services pass through");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		int wanted = (int) context.threshold(Threshold.CENTRAL_SERVICES);
		if (wanted <= 0 || ecosystem.getServices().size() < 3) {
			return;
		}
		Graph<Service, Hop> graph = context.graph(ecosystem).directed();
		boolean exact = (long) graph.vertexSet().size() * graph.edgeSet().size() <= BETWEENNESS_BUDGET;
		Map<Service, Double> scores = exact ? new BetweennessCentrality<>(graph, true).getScores()
				: new PageRank<>(graph).getScores();
		List<Service> ranked = new ArrayList<>(ecosystem.getServices());
		ranked.removeIf(service -> scores.getOrDefault(service, 0.0) <= 0);
		Map<Service, Integer> order = ModelOrder.of(ecosystem.getServices());
		ranked.sort(Comparator.comparingDouble((Service service) -> -scores.get(service)).thenComparingInt(order::get));
		for (int rank = 0; rank < Math.min(wanted, ranked.size()); rank++) {
			Service service = ranked.get(rank);
			String share = String.format("%.0f%%", 100 * scores.get(service));
			findings.report(service, Literals.NAMED_ELEMENT__NAME, exact
					? String.format("Central service (number %d): %s of the shortest pathways between other services pass through %s.",
							rank + 1, share, Labels.title(service))
					: String.format("Central service (number %d): %s draws %s of the referral flow (PageRank; the map is too large to count pathways).",
							rank + 1, Labels.title(service), share));
		}
	}
}
