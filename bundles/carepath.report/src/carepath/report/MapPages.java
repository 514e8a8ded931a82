package carepath.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import carepath.analysis.Finding;
import carepath.analysis.WorkshopQuestion;
import carepath.analysis.compare.Comparison;
import carepath.analysis.compare.MapComparison;
import carepath.analysis.figures.Figures;
import carepath.diagram.Diagram;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.system.SystemMapGenerator.Grouping;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.MapModel;
import carepath.model.Persona;

/** Gathers what each page of the pack shows, from the maps and the findings of the checks. */
final class MapPages {
	private final PackInput input;
	private final FindingIndex markers;

	MapPages(PackInput input) {
		this.input = input;
		// The diagrams mark what needs attention; notes are listed on the page but not drawn.
		this.markers = FindingIndex.drawn(input.findings());
	}

	MapPage of(MapModel map) {
		return new MapPage(map, diagrams(map), Figures.of(map), findings(map), comparison(map), improvedBy(map),
				DiscussionPrompts.of(map));
	}

	private List<PackDiagram> diagrams(MapModel map) {
		List<PackDiagram> diagrams = new ArrayList<>();
		if (map instanceof Journey journey) {
			diagrams.add(new PackDiagram("journey-map", "Journey map",
					"The person's steps by stage, with their experience, pain points, good practice and ideas.",
					Diagrams.journeyMap(journey, input.locator(), markers)));
			add(diagrams, "route", "Route through the system",
					"The journey's steps drawn over the system map as numbered hops.",
					Diagrams.route(journey, input.locator(), markers));
			add(diagrams, "as-is-beside-to-be", "As-is beside to-be",
					"The journey beside the one it improves, stage by stage; added, removed and changed steps marked.",
					Diagrams.comparison(journey, input.locator()));
		} else {
			Ecosystem ecosystem = (Ecosystem) map;
			diagrams.add(new PackDiagram("system-map", "System map",
					"The services in their categories and the connections between them: referrals solid, signposting dashed, declined pathways red.",
					Diagrams.systemMap(ecosystem, input.locator(), markers, Grouping.CATEGORY, true)));
			Persona persona = Diagrams.personaOf(ecosystem, input.journeys());
			diagrams.add(new PackDiagram("needs-matrix", "Needs matrix",
					"Which service meets which need" + (persona == null ? "." : "; the persona's needs are highlighted."),
					Diagrams.needsMatrix(ecosystem, persona, input.locator())));
		}
		return diagrams;
	}

	private static void add(List<PackDiagram> diagrams, String anchor, String heading, String explanation, Diagram diagram) {
		if (diagram != null) {
			diagrams.add(new PackDiagram(anchor, heading, explanation, diagram));
		}
	}

	/** The findings on this map's elements, and for a journey those on its persona, by question. */
	private Map<WorkshopQuestion, List<Finding>> findings(MapModel map) {
		Map<WorkshopQuestion, List<Finding>> byQuestion = new EnumMap<>(WorkshopQuestion.class);
		for (Finding finding : input.findings()) {
			if (concerns(map, finding.element())) {
				byQuestion.computeIfAbsent(finding.question(), q -> new ArrayList<>()).add(finding);
			}
		}
		return byQuestion;
	}

	private static boolean concerns(MapModel map, EObject element) {
		if (element instanceof Persona persona) {
			return map instanceof Journey journey && journey.getPersona() == persona;
		}
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e == map) {
				return true;
			}
		}
		return false;
	}

	private static Comparison comparison(MapModel map) {
		MapModel asIs = map.getImproves();
		if (asIs == null || asIs.eIsProxy() || asIs.eClass() != map.eClass()) {
			return null;
		}
		return MapComparison.compare(asIs, map);
	}

	private List<MapModel> improvedBy(MapModel map) {
		return input.maps().stream().filter(other -> other.getImproves() == map).toList();
	}
}
