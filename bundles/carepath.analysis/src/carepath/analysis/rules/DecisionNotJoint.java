package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Labels;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;
import carepath.model.Ecosystem;

/** Informational: a referral decided by one side alone. */
public class DecisionNotJoint extends EcosystemRule {

	public DecisionNotJoint() {
		super("not-joint", WorkshopQuestion.JOINT_DECISIONS, Severity.INFO, "a referral whose decision is not made jointly");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		for (Connection connection : context.graph(ecosystem).connections()) {
			if (Connections.isReferral(connection) && !connection.isJoint()) {
				String decider = Connections.isBlank(connection.getDecidedBy()) ? "one side"
						: "\"" + connection.getDecidedBy() + "\" alone";
				findings.report(connection, Literals.CONNECTION__TARGET,
						String.format("The decision on %s is not joint: it is made by %s.", Labels.titled(connection), decider));
			}
		}
	}
}
