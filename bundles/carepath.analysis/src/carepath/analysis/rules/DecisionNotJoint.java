package carepath.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Labels;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;
import carepath.model.Ecosystem;

/**
 * Informational: referrals decided by one side alone. Most referrals of a map are, so a finding on
 * each would bury the others: one referral is named on its line, several are summed up once for
 * the map, as a facilitator would raise it.
 */
public class DecisionNotJoint extends EcosystemRule {
	/** Referrals named in the summary; the rest are counted. */
	static final int LISTED = 5;

	public DecisionNotJoint() {
		super("not-joint", WorkshopQuestion.JOINT_DECISIONS, Severity.INFO, "referrals whose decision is not made jointly");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		List<Connection> oneSided = new ArrayList<>();
		int referrals = 0;
		for (Connection connection : context.graph(ecosystem).connections()) {
			if (Connections.isReferral(connection)) {
				referrals++;
				if (!connection.isJoint()) {
					oneSided.add(connection);
				}
			}
		}
		if (oneSided.size() == 1) {
			Connection connection = oneSided.get(0);
			findings.report(connection, Literals.CONNECTION__TARGET,
					String.format("The decision on %s is not joint: it is made by %s.", Labels.titled(connection), decider(connection)));
		} else if (oneSided.size() > 1) {
			List<String> named = new ArrayList<>();
			for (Connection connection : oneSided.subList(0, Math.min(LISTED, oneSided.size()))) {
				String who = Connections.isBlank(connection.getDecidedBy()) ? "" : " (\"" + connection.getDecidedBy() + "\")";
				named.add(Labels.title(connection.getSource()) + " → " + Labels.title(connection.getTarget()) + who);
			}
			String more = oneSided.size() > LISTED ? String.format(" and %d more", oneSided.size() - LISTED) : "";
			String how = oneSided.size() == referrals ? String.format("All %d referrals", referrals)
					: String.format("%d of the %d referrals", oneSided.size(), referrals);
			findings.report(ecosystem, Literals.NAMED_ELEMENT__NAME, String.format(
					"%s are decided by one side, not jointly: %s%s.", how, String.join("; ", named), more));
		}
	}

	private static String decider(Connection connection) {
		return Connections.isBlank(connection.getDecidedBy()) ? "one side" : "\"" + connection.getDecidedBy() + "\" alone";
	}
}
