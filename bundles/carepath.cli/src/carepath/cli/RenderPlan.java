package carepath.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import carepath.diagram.Diagram;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.SourceLocator;
import carepath.diagram.system.SystemMapGenerator.Grouping;
import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Persona;

/** Which diagrams to draw: each view that applies to each chosen journey and ecosystem. */
final class RenderPlan {

	enum View {
		journey, system, route, needs, compare
	}

	/** One diagram to draw, named after its map and view. */
	record Item(String name, View view, Supplier<Diagram> diagram) {
	}

	private final ModelSet models;
	private final SourceLocator locator;
	private final FindingIndex findings;
	private final Grouping grouping;
	private final boolean detail;

	RenderPlan(ModelSet models, SourceLocator locator, FindingIndex findings, Grouping grouping, boolean detail) {
		this.detail = detail;
		this.models = models;
		this.locator = locator;
		this.findings = findings;
		this.grouping = grouping;
	}

	/** The items for these views (all when empty), for the named journey or ecosystem only when given. */
	List<Item> items(List<View> views, String journeyName, String ecosystemName) {
		List<View> wanted = views.isEmpty() ? List.of(View.values()) : views;
		List<Journey> allJourneys = models.elements(Journey.class);
		// Naming only an ecosystem leaves out the journeys, and naming only a journey the ecosystems.
		List<Journey> journeys = ecosystemName != null && journeyName == null ? List.of()
				: allJourneys.stream().filter(j -> journeyName == null || journeyName.equals(j.getName())).toList();
		List<Ecosystem> ecosystems = journeyName != null && ecosystemName == null ? List.of()
				: models.elements(Ecosystem.class).stream()
						.filter(e -> ecosystemName == null || ecosystemName.equals(e.getName())).toList();
		if (journeyName != null && journeys.isEmpty()) {
			throw new IllegalArgumentException("no journey named '" + journeyName + "'");
		}
		if (ecosystemName != null && ecosystems.isEmpty()) {
			throw new IllegalArgumentException("no ecosystem named '" + ecosystemName + "'");
		}
		List<Item> items = new ArrayList<>();
		for (Journey journey : journeys) {
			if (wanted.contains(View.journey)) {
				items.add(new Item(journey.getName(), View.journey, () -> Diagrams.journeyMap(journey, locator, findings)));
			}
			if (wanted.contains(View.route) && journey.getEcosystem() != null && !journey.getEcosystem().eIsProxy()) {
				items.add(new Item(journey.getName(), View.route, () -> Diagrams.route(journey, locator, findings)));
			}
			if (wanted.contains(View.compare) && journey.getImproves() instanceof Journey asIs && !asIs.eIsProxy()) {
				items.add(new Item(journey.getName(), View.compare, () -> Diagrams.comparison(journey, locator)));
			}
		}
		for (Ecosystem ecosystem : ecosystems) {
			if (wanted.contains(View.system)) {
				items.add(new Item(ecosystem.getName(), View.system,
						() -> Diagrams.systemMap(ecosystem, locator, findings, grouping, detail)));
			}
			if (wanted.contains(View.needs)) {
				Persona persona = Diagrams.personaOf(ecosystem, allJourneys);
				items.add(new Item(ecosystem.getName(), View.needs, () -> Diagrams.needsMatrix(ecosystem, persona, locator)));
			}
		}
		return items;
	}
}
