package carepath.report;

import java.util.List;

import carepath.analysis.Labels;
import carepath.analysis.compare.ChangeKind;
import carepath.analysis.compare.Comparison;
import carepath.analysis.compare.Difference;
import carepath.analysis.compare.ElementChange;
import carepath.analysis.compare.FigureChange;
import carepath.model.MapModel;

/**
 * The as-is and to-be side of a map: on a to-be map, every figure before and after and what was
 * added, removed and changed; on an as-is map, links to the maps that improve it.
 */
final class ComparisonSection {
	private ComparisonSection() {
	}

	static boolean applies(MapPage page) {
		return page.comparison() != null || !page.improvedBy().isEmpty();
	}

	static void write(HtmlBuilder html, MapPage page) {
		html.open("section", "id", "comparison", "class", "comparison");
		html.element("h2", "As-is and to-be");
		for (MapModel toBe : page.improvedBy()) {
			html.open("p").text("Improved by ").open("a", "href", MapPage.fileName(toBe)).text(Labels.of(toBe)).close("a")
					.close("p");
		}
		Comparison comparison = page.comparison();
		if (comparison != null) {
			html.open("p").text("This map improves ").open("a", "href", MapPage.fileName(comparison.asIs()))
					.text(Labels.of(comparison.asIs())).close("a").close("p");
			figures(html, comparison);
			for (ChangeKind change : List.of(ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED)) {
				changes(html, change, comparison.with(change));
			}
			int kept = comparison.with(ChangeKind.KEPT).size();
			html.element("p", kept + (kept == 1 ? " element" : " elements") + " kept as they were.");
		}
		html.close("section");
	}

	private static void figures(HtmlBuilder html, Comparison comparison) {
		html.open("table", "class", "figures");
		html.open("thead").open("tr");
		for (String heading : List.of("Figure", "As-is", "To-be", "Change")) {
			html.element("th", heading, "scope", "col");
		}
		html.close("tr").close("thead").open("tbody");
		for (FigureChange figure : comparison.figures()) {
			html.open("tr").element("th", figure.label(), "scope", "row").element("td", figure.before().display())
					.element("td", figure.after().display()).element("td", figure.differenceDisplay()).close("tr");
		}
		html.close("tbody").close("table");
	}

	private static void changes(HtmlBuilder html, ChangeKind change, List<ElementChange> elements) {
		if (elements.isEmpty()) {
			return;
		}
		html.element("h3", capitalised(change.label()));
		html.open("ul", "class", "changes " + change.label());
		for (ElementChange element : elements) {
			html.open("li").element("span", element.kind(), "class", "element-kind").text(" " + element.title());
			List<Difference> differences = element.differences();
			if (!differences.isEmpty()) {
				html.open("ul", "class", "differences");
				for (Difference difference : differences) {
					html.element("li", difference.toString());
				}
				html.close("ul");
			}
			html.close("li");
		}
		html.close("ul");
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
