package carepath.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Stage;
import carepath.model.Step;

/** Ways of walking a journey that several checks and the figures share. */
public final class Journeys {
	private Journeys() {
	}

	/** Every step, stage after stage, in the order written. */
	public static List<Step> steps(Journey journey) {
		List<Step> steps = new ArrayList<>();
		for (Stage stage : journey.getStages()) {
			steps.addAll(stage.getSteps());
		}
		return steps;
	}

	/** The steps the person takes part in: backstage steps left out. */
	public static List<Step> frontstage(Journey journey) {
		List<Step> steps = new ArrayList<>();
		for (Step step : steps(journey)) {
			if (!step.isBackstage()) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** The services the journey's steps happen at, in order of first visit. */
	public static Set<Service> servicesTouched(Journey journey) {
		Set<Service> services = new LinkedHashSet<>();
		for (Step step : steps(journey)) {
			Service service = service(step);
			if (service != null) {
				services.add(service);
			}
		}
		return services;
	}

	/** The step's service, or null where none is named or the name did not resolve. */
	public static Service service(Step step) {
		Service service = step.getService();
		return service == null || service.eIsProxy() ? null : service;
	}

	/** The person's name as a map shows it: the persona's title, else its name, else "the person". */
	public static String personName(Journey journey) {
		var persona = journey.getPersona();
		if (persona == null || persona.eIsProxy()) {
			return "the person";
		}
		return Labels.of(persona);
	}
}
