package carepath.diagram.needs;

import java.util.ArrayList;
import java.util.List;

import carepath.model.Category;
import carepath.model.Ecosystem;
import carepath.model.Service;

/**
 * The rows of the needs matrix: the services grouped by category in the order the categories are
 * written, as on the system map, so the workshop finds a service where it expects it. Services
 * without a (resolved) category come last.
 */
final class ServiceGroups {

	/** The services of one category, in the order written; category null for those without one. */
	record Group(Category category, List<Service> services) {
	}

	private ServiceGroups() {
	}

	static List<Group> of(Ecosystem ecosystem) {
		List<Group> groups = new ArrayList<>();
		for (Category category : ecosystem.getCategories()) {
			List<Service> services = ecosystem.getServices().stream().filter(s -> s.getCategory() == category).toList();
			if (!services.isEmpty()) {
				groups.add(new Group(category, services));
			}
		}
		List<Service> rest = ecosystem.getServices().stream()
				.filter(s -> s.getCategory() == null || !ecosystem.getCategories().contains(s.getCategory())).toList();
		if (!rest.isEmpty()) {
			groups.add(new Group(null, rest));
		}
		return groups;
	}
}
