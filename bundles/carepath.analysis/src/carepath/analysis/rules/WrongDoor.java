package carepath.analysis.rules;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.ServiceGraph;
import carepath.analysis.ServiceGraph.Hop;
import carepath.analysis.ServiceGraph.HopKind;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Service;

/**
 * A wrong door, or dead end: people are sent to a service that may turn them away, and nothing
 * leads on from it, not even a declined pathway.
 */
public class WrongDoor extends EcosystemRule {

	public WrongDoor() {
		super("wrong-door", WorkshopQuestion.WRONG_DOORS, Severity.WARNING,
				"a service people are sent to that restricts access and has no way on");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		ServiceGraph graph = context.graph(ecosystem);
		for (Service service : ecosystem.getServices()) {
			if (!graph.directed().containsVertex(service) || graph.directed().outDegreeOf(service) > 0) {
				continue;
			}
			boolean sentHere = false;
			boolean restricted = !service.getAccessCriteria().isEmpty();
			boolean alternative = false;
			for (Hop hop : graph.directed().incomingEdgesOf(service)) {
				if (hop.kind() == HopKind.DECLINED) {
					continue;
				}
				sentHere = true;
				restricted |= !hop.connection().getCriteria().isEmpty();
				alternative |= hop.connection().getDeclinedPathway() != null;
			}
			if (sentHere && restricted && !alternative) {
				findings.report(service, Literals.NAMED_ELEMENT__NAME, String.format(
						"Wrong door: people sent to %s can be turned away, and nothing leads on from it, not even a declined pathway.",
						Labels.title(service)));
			}
		}
	}
}
