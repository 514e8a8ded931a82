package carepath.analysis.rules;

import java.util.HashSet;
import java.util.Set;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Labels;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;
import carepath.model.Need;
import carepath.model.Persona;
import carepath.model.Service;

/** A need of the journey's persona that none of the services the journey visits meets. */
public class NeedsMissed extends JourneyRule {

	public NeedsMissed() {
		super("needs-missed", WorkshopQuestion.NEEDS_MISSED, Severity.WARNING,
				"a need of the persona that no service the journey visits meets");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		Persona persona = journey.getPersona();
		if (persona == null || persona.eIsProxy()) {
			return;
		}
		Set<Service> visited = Journeys.servicesTouched(journey);
		if (visited.isEmpty()) {
			return; // nothing to judge yet
		}
		Set<Need> met = new HashSet<>();
		for (Service service : visited) {
			met.addAll(service.getMeets());
		}
		for (Need need : persona.getNeeds()) {
			if (!need.eIsProxy() && !met.contains(need)) {
				findings.report(journey, Literals.JOURNEY__PERSONA, String.format(
						"A need is missed: none of the services %s visits meets %s.", Journeys.personName(journey),
						Labels.title(need)));
			}
		}
	}
}
