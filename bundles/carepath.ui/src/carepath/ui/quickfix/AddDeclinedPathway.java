package carepath.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.validation.Issue;

import carepath.model.Connection;
import carepath.model.Ecosystem;
import carepath.model.Need;
import carepath.model.Service;
import carepath.ui.editor.Snapshot;

/**
 * A referral with access criteria but nowhere to go when declined (workshop check
 * `no-declined-pathway`): `if declined -> ...` is added inside the referral, one fix per other
 * service of the ecosystem. Services that meet a need the declining service meets come first,
 * then the others in the order written; the map's authors choose which is true.
 */
final class AddDeclinedPathway implements QuickFix {
	/** The workshop check's id (carepath.analysis.rules.NoDeclinedPathway). */
	static final String CODE = "no-declined-pathway";
	/** At most this many targets are offered. */
	static final int MAX_TARGETS = 5;

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<TextFix> fixes(Issue issue, Snapshot snapshot) {
		Connection connection = IssueNodes.element(issue, snapshot, Connection.class).orElse(null);
		if (connection == null || connection.getDeclinedPathway() != null
				|| !(connection.eContainer() instanceof Ecosystem ecosystem)) {
			return List.of();
		}
		List<TextFix> fixes = new ArrayList<>();
		for (Service target : candidates(connection, ecosystem)) {
			String line = "if declined -> " + target.getName();
			Optional<Replacement> insertion = Insertions.intoBlock(snapshot.text(), connection, line);
			if (insertion.isEmpty()) {
				return List.of();
			}
			fixes.add(new TextFix(String.format("Add 'if declined -> %s'", target.getName()), insertion.get()));
		}
		return fixes;
	}

	private static List<Service> candidates(Connection connection, Ecosystem ecosystem) {
		Service declining = connection.getTarget();
		List<Service> services = new ArrayList<>();
		for (Service service : ecosystem.getServices()) {
			if (service.getName() != null && service != connection.getSource() && service != declining) {
				services.add(service);
			}
		}
		// A stable sort: the order written stays among equals.
		services.sort(Comparator.comparing(service -> !sharesANeed(service, declining)));
		return services.subList(0, Math.min(MAX_TARGETS, services.size()));
	}

	private static boolean sharesANeed(Service service, Service declining) {
		if (declining == null || declining.eIsProxy()) {
			return false;
		}
		for (Need need : service.getMeets()) {
			if (!need.eIsProxy() && declining.getMeets().contains(need)) {
				return true;
			}
		}
		return false;
	}
}
