package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Labels;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;
import carepath.model.Ecosystem;

/** A referral that does not say who decides whether the person is accepted. */
public class NoDecider extends EcosystemRule {

	public NoDecider() {
		super("no-decider", WorkshopQuestion.ACCESS, Severity.WARNING, "a referral that does not say who decides");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		for (Connection connection : context.graph(ecosystem).connections()) {
			if (Connections.isReferral(connection) && Connections.isBlank(connection.getDecidedBy())) {
				findings.report(connection, Literals.CONNECTION__TARGET,
						String.format("Nobody is named as deciding on %s: add 'decided by \"...\"'.", Labels.titled(connection)));
			}
		}
	}
}
