package carepath.analysis.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Labels;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Need;
import carepath.model.Persona;
import carepath.model.Service;

/**
 * A need of a persona that no service in the ecosystem meets. The personas are those of the
 * journeys through this ecosystem; with no such journey yet, every persona of the project.
 */
public class UnmetNeed extends EcosystemRule {

	public UnmetNeed() {
		super("unmet-need", WorkshopQuestion.NEEDS_MISSED, Severity.WARNING,
				"a need of a persona that no service in the ecosystem meets");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		Set<Need> met = new LinkedHashSet<>();
		for (Service service : ecosystem.getServices()) {
			met.addAll(service.getMeets());
		}
		Map<Need, List<String>> unmet = new LinkedHashMap<>();
		for (Persona persona : personas(ecosystem, context)) {
			for (Need need : persona.getNeeds()) {
				if (!need.eIsProxy() && !met.contains(need)) {
					List<String> who = unmet.computeIfAbsent(need, n -> new ArrayList<>());
					if (!who.contains(Labels.of(persona))) {
						who.add(Labels.of(persona));
					}
				}
			}
		}
		unmet.forEach((need, who) -> findings.report(ecosystem, Literals.NAMED_ELEMENT__NAME, String.format(
				"No service in %s meets the need %s, which %s %s.", Labels.title(ecosystem), Labels.title(need),
				String.join(", ", who), who.size() == 1 ? "has" : "have")));
	}

	private static Set<Persona> personas(Ecosystem ecosystem, AnalysisContext context) {
		Set<Persona> personas = new LinkedHashSet<>();
		for (Journey journey : context.journeysThrough(ecosystem)) {
			if (journey.getPersona() != null && !journey.getPersona().eIsProxy()) {
				personas.add(journey.getPersona());
			}
		}
		if (personas.isEmpty()) {
			personas.addAll(context.personas());
		}
		return personas;
	}
}
