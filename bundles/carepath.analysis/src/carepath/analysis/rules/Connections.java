package carepath.analysis.rules;

import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Service;

/** Small questions about connections that several rules ask. */
final class Connections {
	private Connections() {
	}

	static boolean isReferral(Connection connection) {
		return connection.getKind() == ConnectionKind.REFERRAL;
	}

	/** Criteria stated on the connection or, failing that, the access criteria of where it leads. */
	static boolean hasCriteria(Connection connection) {
		if (!connection.getCriteria().isEmpty()) {
			return true;
		}
		Service target = connection.getTarget();
		return target != null && !target.eIsProxy() && !target.getAccessCriteria().isEmpty();
	}

	static String firstCriterion(Connection connection) {
		if (!connection.getCriteria().isEmpty()) {
			return connection.getCriteria().get(0);
		}
		return connection.getTarget().getAccessCriteria().get(0);
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
