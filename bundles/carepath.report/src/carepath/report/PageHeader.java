package carepath.report;

import java.util.ArrayList;
import java.util.List;

import carepath.analysis.Labels;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.MapFocus;
import carepath.model.MapModel;
import carepath.model.Need;
import carepath.model.Persona;
import carepath.model.Trait;

/** The top of a page: the map's title and badges, and for a journey its persona card, scope and outcome. */
final class PageHeader {
	private PageHeader() {
	}

	static void write(HtmlBuilder html, MapModel map) {
		html.open("header", "class", "page-header");
		html.element("p", map instanceof Journey ? "Journey map" : "System map", "class", "kind");
		html.element("h1", Labels.of(map));
		html.open("p", "class", "badges");
		for (String badge : badges(map)) {
			html.element("span", badge, "class", "badge");
		}
		html.close("p");
		if (map instanceof Journey journey) {
			persona(html, journey.getPersona());
			fact(html, "Scope", journey.getScope());
			fact(html, "Outcome", journey.getOutcome());
			if (journey.getEcosystem() != null && !journey.getEcosystem().eIsProxy()) {
				html.open("p", "class", "fact").element("strong", "Through ").open("a", "href",
						MapPage.fileName(journey.getEcosystem()));
				html.text(Labels.of(journey.getEcosystem())).close("a").close("p");
			}
		} else {
			Ecosystem ecosystem = (Ecosystem) map;
			fact(html, "Services", ecosystem.getServices().size() + " in " + ecosystem.getCategories().size()
					+ " categories, with " + ecosystem.getConnections().size() + " connections");
		}
		html.close("header");
	}

	private static List<String> badges(MapModel map) {
		List<String> badges = new ArrayList<>();
		if (map.eIsSet(Literals.MAP_MODEL__STATE)) {
			badges.add(map.getState().getLiteral());
		}
		if (map instanceof Journey journey && journey.eIsSet(Literals.JOURNEY__SHOWS)) {
			badges.add(journey.getShows() == MapFocus.GOOD_PRACTICE ? "good practice" : "challenges");
		}
		return badges;
	}

	private static void persona(HtmlBuilder html, Persona persona) {
		if (persona == null || persona.eIsProxy()) {
			return;
		}
		html.open("section", "class", "persona", "aria-label", "Persona");
		html.element("h2", Labels.of(persona));
		if (persona.getAbout() != null) {
			html.element("p", persona.getAbout());
		}
		list(html, "Needs", persona.getNeeds().stream().filter(n -> !n.eIsProxy()).map(Need.class::cast).map(Labels::of).toList());
		list(html, "Goals", persona.getGoals());
		list(html, "Traits", persona.getTraits().stream().map(PageHeader::trait).toList());
		html.close("section");
	}

	private static String trait(Trait trait) {
		return trait.getValue() == null || trait.getValue().isBlank() ? trait.getName() : trait.getName() + ": " + trait.getValue();
	}

	private static void list(HtmlBuilder html, String heading, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		html.element("h3", heading).open("ul");
		items.forEach(item -> html.element("li", item));
		html.close("ul");
	}

	private static void fact(HtmlBuilder html, String label, String value) {
		if (value != null && !value.isBlank()) {
			html.open("p", "class", "fact").element("strong", label + " ").text(value).close("p");
		}
	}
}
