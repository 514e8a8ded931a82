package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Labels;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;
import carepath.model.Ecosystem;

/** A referral with no stated criteria, on the connection or as the access criteria of its target. */
public class NoCriteria extends EcosystemRule {

	public NoCriteria() {
		super("no-criteria", WorkshopQuestion.ACCESS, Severity.WARNING,
				"a referral with no stated criteria, neither its own nor its target's access criteria");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		for (Connection connection : context.graph(ecosystem).connections()) {
			if (Connections.isReferral(connection) && !Connections.hasCriteria(connection)) {
				findings.report(connection, Literals.CONNECTION__TARGET, String.format(
						"No criteria are stated for %s: who is it for? Add 'criteria \"...\"'.", Labels.titled(connection)));
			}
		}
	}
}
