package carepath.diagram;

import java.util.List;

import carepath.diagram.compare.ComparisonGenerator;
import carepath.diagram.journey.JourneyMapGenerator;
import carepath.diagram.needs.NeedsMatrixGenerator;
import carepath.diagram.system.SystemMapGenerator;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Persona;

/** The diagrams of a model, by view: the entry point for the command line, the workbench and the report. */
public final class Diagrams {
	private Diagrams() {
	}

	public static Diagram journeyMap(Journey journey, SourceLocator locator, FindingIndex findings) {
		return JourneyMapGenerator.generate(journey, locator, findings, JourneyMapGenerator.Options.DEFAULT);
	}

	public static Diagram systemMap(Ecosystem ecosystem, SourceLocator locator, FindingIndex findings,
			SystemMapGenerator.Grouping grouping) {
		return systemMap(ecosystem, locator, findings, grouping, false);
	}

	/** The system map; with {@code detail}, each service's box says what it provides and its access criteria. */
	public static Diagram systemMap(Ecosystem ecosystem, SourceLocator locator, FindingIndex findings,
			SystemMapGenerator.Grouping grouping, boolean detail) {
		return SystemMapGenerator.generate(ecosystem, locator, findings, new SystemMapGenerator.Options(grouping, null, detail));
	}

	/** The journey's route over its ecosystem's map; null when the journey names no ecosystem. */
	public static Diagram route(Journey journey, SourceLocator locator, FindingIndex findings) {
		Ecosystem ecosystem = journey.getEcosystem();
		if (ecosystem == null || ecosystem.eIsProxy()) {
			return null;
		}
		return SystemMapGenerator.generate(ecosystem, locator, findings,
				new SystemMapGenerator.Options(SystemMapGenerator.Grouping.CATEGORY, journey));
	}

	/** Services by needs, the persona's needs highlighted (persona may be null). */
	public static Diagram needsMatrix(Ecosystem ecosystem, Persona persona, SourceLocator locator) {
		return NeedsMatrixGenerator.generate(ecosystem, persona, locator);
	}

	/** The journey beside the one it improves; null when it improves no journey. */
	public static Diagram comparison(Journey toBe, SourceLocator locator) {
		if (!(toBe.getImproves() instanceof Journey asIs) || asIs.eIsProxy()) {
			return null;
		}
		return ComparisonGenerator.generate(asIs, toBe, locator);
	}

	/** The persona the needs matrix highlights: that of the first journey through the ecosystem, else none. */
	public static Persona personaOf(Ecosystem ecosystem, List<Journey> journeys) {
		for (Journey journey : journeys) {
			if (journey.getEcosystem() == ecosystem && journey.getPersona() != null && !journey.getPersona().eIsProxy()) {
				return journey.getPersona();
			}
		}
		return null;
	}
}
