package carepath.report;

import java.util.List;

import carepath.analysis.Labels;
import carepath.model.Journey;
import carepath.model.MapModel;

/** The pack's first page: its journeys and system maps, each linked to its page. */
final class PackIndex {
	/** The index page is index.html, which browsers and web servers open first. */
	static final String BASE_NAME = "index";

	private PackIndex() {
	}

	static String write(List<MapModel> maps, PackPageWriter writer) {
		HtmlBuilder body = new HtmlBuilder();
		body.open("body").open("header", "class", "page-header");
		body.element("p", "Workshop pack", "class", "kind").element("h1", "Maps for the workshop").close("header");
		section(body, "Journeys", maps.stream().filter(Journey.class::isInstance).toList());
		section(body, "System maps", maps.stream().filter(m -> !(m instanceof Journey)).toList());
		body.open("footer").text("Workshop pack made by Carepath.").close("footer");
		body.close("body");
		return writer.document("Maps for the workshop", body.toString());
	}

	private static void section(HtmlBuilder html, String heading, List<MapModel> maps) {
		if (maps.isEmpty()) {
			return;
		}
		html.element("h2", heading).open("ul");
		for (MapModel map : maps) {
			html.open("li").open("a", "href", MapPage.fileName(map)).text(Labels.of(map)).close("a").close("li");
		}
		html.close("ul");
	}
}
