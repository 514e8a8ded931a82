package carepath.report;

import java.util.List;

import org.eclipse.emf.common.util.URI;

import carepath.analysis.Labels;
import carepath.analysis.figures.Figure;
import carepath.diagram.SourceLocator;
import carepath.model.MapModel;

/**
 * Writes one page of the pack as a complete HTML document (also well-formed XHTML): header,
 * figures, drawings, findings, comparison and discussion, with its style and fonts inside, so the
 * file opens offline and prints as it shows.
 */
final class PackPageWriter {
	private final MapEmbedding embedding;
	private final SourceLocator locator;
	private final PackFonts fonts;

	PackPageWriter(MapEmbedding embedding, SourceLocator locator, PackFonts fonts) {
		this.embedding = embedding;
		this.locator = locator;
		this.fonts = fonts;
	}

	String write(MapPage page) {
		HtmlBuilder body = new HtmlBuilder();
		body.open("body");
		PageHeader.write(body, page.map());
		contents(body, page);
		figures(body, page.figures());
		for (int index = 0; index < page.diagrams().size(); index++) {
			diagram(body, page.diagrams().get(index), "m" + (index + 1) + "-");
		}
		FindingsSection.write(body, page.findings(), locator);
		if (ComparisonSection.applies(page)) {
			ComparisonSection.write(body, page);
		}
		DiscussionSection.write(body, page.prompts());
		body.open("footer").text("Workshop pack made by Carepath from " + source(page.map()) + ".").close("footer");
		body.close("body");
		return document(Labels.of(page.map()), body.toString());
	}

	/** Wraps a body in the document shell, with the fonts the page's text needs. */
	String document(String title, String body) {
		HtmlBuilder html = new HtmlBuilder();
		html.trusted("<!DOCTYPE html>\n").open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").open("head");
		html.empty("meta", "charset", "utf-8").empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		html.element("title", title + " - workshop pack");
		html.open("style").trusted(fonts.fontFaces(title + body)).trusted(PackStyle.CSS).close("style");
		html.close("head");
		html.trusted(body);
		html.close("html");
		return html.toString();
	}

	private static void contents(HtmlBuilder html, MapPage page) {
		html.open("nav", "aria-label", "Contents").open("ul");
		link(html, "figures", "Figures");
		for (PackDiagram diagram : page.diagrams()) {
			link(html, diagram.anchor(), diagram.heading());
		}
		link(html, "findings", "What the checks found");
		if (ComparisonSection.applies(page)) {
			link(html, "comparison", "As-is and to-be");
		}
		link(html, "discussion", "Discussion");
		html.close("ul").close("nav");
	}

	private static void link(HtmlBuilder html, String anchor, String text) {
		html.open("li").open("a", "href", "#" + anchor).text(text).close("a").close("li");
	}

	private static void figures(HtmlBuilder html, List<Figure> figures) {
		html.open("section", "id", "figures", "class", "figures");
		html.element("h2", "Figures");
		html.open("table", "class", "figures").open("tbody");
		for (Figure figure : figures) {
			html.open("tr").element("th", figure.label(), "scope", "row").element("td", figure.display()).close("tr");
		}
		html.close("tbody").close("table").close("section");
	}

	private void diagram(HtmlBuilder html, PackDiagram diagram, String idPrefix) {
		html.open("section", "id", diagram.anchor(), "class", "map");
		html.element("h2", diagram.heading());
		html.element("p", diagram.explanation(), "class", "explanation");
		html.open("div", "class", "drawing");
		embedding.embed(html, diagram, idPrefix);
		html.close("div");
		html.close("section");
	}

	private static String source(MapModel map) {
		return map.eResource() == null ? Labels.of(map) : URI.decode(map.eResource().getURI().lastSegment());
	}
}
