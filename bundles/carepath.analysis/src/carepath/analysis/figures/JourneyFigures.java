package carepath.analysis.figures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import carepath.analysis.Journeys;
import carepath.analysis.WaitTime;
import carepath.model.Experience;
import carepath.model.InformationGathering;
import carepath.model.InformationSystem;
import carepath.model.Journey;
import carepath.model.PainKind;
import carepath.model.PainPoint;
import carepath.model.Service;
import carepath.model.Stage;
import carepath.model.Step;

/** The figures of one journey, as a workshop compares them before and after a redesign. */
public final class JourneyFigures {
	private JourneyFigures() {
	}

	/** Every figure, in a fixed order: steps, services, handovers, systems, waits, pain points, ideas, scores, repetition. */
	public static List<Figure> of(Journey journey) {
		List<Step> steps = Journeys.steps(journey);
		List<Figure> figures = new ArrayList<>();
		figures.add(Figure.count("steps", "Steps", steps.size()));
		figures.add(Figure.count("services", "Services", Journeys.servicesTouched(journey).size()));
		figures.add(Figure.count("handovers", "Handovers between services", handovers(Journeys.frontstage(journey))));
		figures.add(Figure.count("systems", "IT systems holding data", systemsHoldingData(journey).size()));
		figures.add(Figure.duration("total-wait", "Total wait", totalWait(journey)));
		Map<PainKind, Integer> pains = painPointsByKind(steps);
		figures.add(Figure.count("pain-points", "Pain points", pains.values().stream().mapToInt(Integer::intValue).sum()));
		for (PainKind kind : PainKind.VALUES) {
			figures.add(Figure.count("pain-points-" + kind.getLiteral(), "Pain points: " + kind.getLiteral(), pains.get(kind)));
		}
		figures.add(Figure.count("ideas", "Change ideas", steps.stream().mapToLong(s -> s.getIdeas().size()).sum()));
		List<Integer> scores = personScores(steps);
		figures.add(Figure.decimal("average-person-score", "Average person score",
				scores.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN)));
		figures.add(Figure.score("lowest-person-score", "Lowest person score", scores.stream().mapToInt(Integer::intValue).min()));
		figures.add(Figure.count("repeated-information", "Information gathered again", repeatedInformation(steps)));
		return figures;
	}

	/** Moves from one service to another between consecutive steps that name a service (pass the frontstage steps). */
	public static int handovers(List<Step> steps) {
		int handovers = 0;
		Service previous = null;
		for (Step step : steps) {
			Service service = Journeys.service(step);
			if (service == null) {
				continue;
			}
			if (previous != null && previous != service) {
				handovers++;
			}
			previous = service;
		}
		return handovers;
	}

	/**
	 * The IT systems that hold the person's data: those information is gathered into, and those
	 * the services the person visits record in.
	 */
	public static List<InformationSystem> systemsHoldingData(Journey journey) {
		Set<InformationSystem> systems = new LinkedHashSet<>();
		for (Step step : Journeys.steps(journey)) {
			for (InformationGathering gathering : step.getGathers()) {
				if (gathering.getSystem() != null && !gathering.getSystem().eIsProxy()) {
					systems.add(gathering.getSystem());
				}
			}
			Service service = Journeys.service(step);
			if (service != null) {
				for (InformationSystem system : service.getRecords()) {
					if (!system.eIsProxy()) {
						systems.add(system);
					}
				}
			}
		}
		return new ArrayList<>(systems);
	}

	/** Minutes waited in each stage, in the journey's order. */
	public static Map<Stage, Long> waitPerStage(Journey journey) {
		Map<Stage, Long> perStage = new LinkedHashMap<>();
		for (Stage stage : journey.getStages()) {
			long wait = 0;
			for (Step step : stage.getSteps()) {
				wait += WaitTime.minutes(step.getWait());
			}
			perStage.put(stage, wait);
		}
		return perStage;
	}

	public static long totalWait(Journey journey) {
		return waitPerStage(journey).values().stream().mapToLong(Long::longValue).sum();
	}

	static Map<PainKind, Integer> painPointsByKind(List<Step> steps) {
		Map<PainKind, Integer> counts = new EnumMap<>(PainKind.class);
		for (PainKind kind : PainKind.VALUES) {
			counts.put(kind, 0);
		}
		for (Step step : steps) {
			for (PainPoint pain : step.getPainPoints()) {
				if (pain.isSetKind()) {
					counts.merge(pain.getKind(), 1, Integer::sum);
				}
			}
		}
		return counts;
	}

	static List<Integer> personScores(List<Step> steps) {
		List<Integer> scores = new ArrayList<>();
		for (Step step : steps) {
			Experience person = step.getPersonExperience();
			if (person != null && person.isSetScore()) {
				scores.add(person.getScore());
			}
		}
		return scores;
	}

	/** Items gathered at a step when an earlier step already gathered them (see repeated-information). */
	static int repeatedInformation(List<Step> steps) {
		Map<String, Step> first = new LinkedHashMap<>();
		int repeated = 0;
		for (Step step : steps) {
			Set<String> here = new HashSet<>();
			for (InformationGathering gathering : step.getGathers()) {
				for (String item : gathering.getItems()) {
					String key = InformationItems.key(item);
					Step earlier = first.putIfAbsent(key, step);
					if (earlier != null && earlier != step && here.add(key)) {
						repeated++;
					}
				}
			}
		}
		return repeated;
	}
}
