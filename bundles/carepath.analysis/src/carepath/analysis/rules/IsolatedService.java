package carepath.analysis.rules;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.ServiceGraph;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Service;

/** A service no connection leads to or from: nobody is referred or signposted there. */
public class IsolatedService extends EcosystemRule {

	public IsolatedService() {
		super("isolated-service", WorkshopQuestion.GAPS, Severity.WARNING, "a service with no connection to any other");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		ServiceGraph graph = context.graph(ecosystem);
		if (ecosystem.getServices().size() < 2) {
			return; // a single service has nothing to connect to yet
		}
		for (Service service : ecosystem.getServices()) {
			if (graph.directed().degreeOf(service) == 0) {
				findings.report(service, Literals.NAMED_ELEMENT__NAME, String.format(
						"%s is isolated: no referral, signpost or declined pathway leads to or from it.", Labels.title(service)));
			}
		}
	}
}
