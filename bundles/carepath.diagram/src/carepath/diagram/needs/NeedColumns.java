package carepath.diagram.needs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import carepath.model.Ecosystem;
import carepath.model.Need;
import carepath.model.Persona;
import carepath.model.Service;

/**
 * The columns of the needs matrix: the persona's needs first, in the order the persona names them,
 * so the workshop reads the person's own needs left to right; then every other need a service
 * meets, in the order the services first mention it.
 */
final class NeedColumns {

	/** One column: the need, whether the persona has it, and whether no service of the ecosystem meets it. */
	record Column(Need need, boolean personas, boolean unmet) {
	}

	private NeedColumns() {
	}

	static List<Column> of(Ecosystem ecosystem, Persona persona) {
		Set<Need> met = new LinkedHashSet<>();
		for (Service service : ecosystem.getServices()) {
			for (Need need : service.getMeets()) {
				if (!need.eIsProxy()) {
					met.add(need);
				}
			}
		}
		Set<Need> personas = new LinkedHashSet<>(personaNeeds(persona));
		List<Column> columns = new ArrayList<>();
		for (Need need : personas) {
			columns.add(new Column(need, true, !met.contains(need)));
		}
		for (Need need : met) {
			if (!personas.contains(need)) {
				columns.add(new Column(need, false, false));
			}
		}
		return columns;
	}

	/** The persona's resolved needs, each once; none without a persona. */
	static List<Need> personaNeeds(Persona persona) {
		if (persona == null || persona.eIsProxy()) {
			return List.of();
		}
		Set<Need> needs = new LinkedHashSet<>();
		for (Need need : persona.getNeeds()) {
			if (!need.eIsProxy()) {
				needs.add(need);
			}
		}
		return new ArrayList<>(needs);
	}
}
