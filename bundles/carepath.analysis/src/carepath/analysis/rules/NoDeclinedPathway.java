package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Labels;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;
import carepath.model.Ecosystem;

/** A referral that can be refused (it has criteria) but says nothing of where a refused person goes. */
public class NoDeclinedPathway extends EcosystemRule {

	public NoDeclinedPathway() {
		super("no-declined-pathway", WorkshopQuestion.REJECTED_ALTERNATIVE, Severity.WARNING,
				"a referral with access criteria but no pathway for people who are declined");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		for (Connection connection : context.graph(ecosystem).connections()) {
			if (Connections.isReferral(connection) && connection.getDeclinedPathway() == null
					&& Connections.hasCriteria(connection)) {
				findings.report(connection, Literals.CONNECTION__TARGET, String.format(
						"No alternative when %s is declined: it has access criteria (\"%s\") but no 'if declined' pathway.",
						Labels.titled(connection), Connections.firstCriterion(connection)));
			}
		}
	}
}
