package carepath.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

import carepath.analysis.Finding;
import carepath.analysis.WorkshopQuestion;
import carepath.diagram.SourceLocator;

/** The findings of the checks, grouped under the workshop question each helps to discuss. */
final class FindingsSection {
	private FindingsSection() {
	}

	static void write(HtmlBuilder html, Map<WorkshopQuestion, List<Finding>> findings, SourceLocator locator) {
		html.open("section", "id", "findings", "class", "findings");
		html.element("h2", "What the checks found");
		if (findings.isEmpty()) {
			html.element("p", "The checks found nothing to raise on this map.");
			html.close("section");
			return;
		}
		int count = findings.values().stream().mapToInt(List::size).sum();
		html.element("p", count + (count == 1 ? " finding" : " findings") + ", under the workshop question each helps to discuss.");
		findings.forEach((question, list) -> {
			html.open("div", "class", "question", "id", "question-" + question.id());
			html.element("h3", question.text());
			html.open("ul");
			for (Finding finding : list) {
				String severity = finding.severity().name().toLowerCase(Locale.ROOT);
				html.open("li", "class", severity);
				html.element("span", severity.equals("info") ? "note" : severity, "class", "severity");
				html.text(" ").text(finding.message()).text(" ");
				html.element("span", place(finding, locator), "class", "where");
				html.element("span", " [" + finding.code() + "]", "class", "code");
				html.close("li");
			}
			html.close("ul");
			html.close("div");
		});
		html.close("section");
	}

	/** Where the finding is written, as `check` gives it: `file.journey, line 12, column 5`. */
	static String place(Finding finding, SourceLocator locator) {
		EObject element = finding.element();
		String file = element.eResource() == null ? "" : URI.decode(element.eResource().getURI().lastSegment());
		int[] place = locator.lineAndColumn(element, finding.feature(), finding.index());
		return place == null ? file : file + ", line " + place[0] + ", column " + place[1];
	}
}
