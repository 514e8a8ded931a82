package carepath.diagram.key;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramModels;
import carepath.diagram.DiagramNode;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.export.PdfExport;
import carepath.diagram.sheets.SheetPlan;
import carepath.diagram.system.SystemMapGenerator.Grouping;
import carepath.dsl.load.ModelSet;
import carepath.model.Journey;
import carepath.testing.ExampleModels;

/**
 * The findings in words next to the map: badges numbered 1, 2, 3... per drawing, and under the map
 * a list whose entry of each number says every finding of that badge, its severity and question.
 */
class FindingsListTest {
	private static ModelSet examples;
	private static FindingIndex findings;

	@BeforeAll
	static void load() {
		examples = ExampleModels.load();
		findings = DiagramModels.findings(examples);
	}

	private static List<Diagram> drawings() {
		List<Diagram> drawings = new ArrayList<>();
		for (Journey journey : examples.elements(Journey.class)) {
			drawings.add(Diagrams.journeyMap(journey, SOURCES, findings));
			drawings.add(Diagrams.route(journey, SOURCES, findings));
		}
		drawings.add(Diagrams.systemMap(DiagramModels.ecosystem(examples, "riverside"), SOURCES, findings, Grouping.CATEGORY));
		return drawings;
	}

	@Test
	void everyBadgeHasItsNumberedEntryInWords() {
		int checked = 0;
		for (Diagram diagram : drawings()) {
			List<DiagramNode> badges = diagram.nodes().stream().filter(node -> node.id().startsWith("finding/")).toList();
			for (int index = 0; index < badges.size(); index++) {
				DiagramNode badge = badges.get(index);
				assertEquals(Integer.toString(index + 1), badge.text().get(0).text(), diagram.id() + ": badges numbered in order");
				DiagramNode entry = diagram.node("findings/" + (index + 1));
				assertNotNull(entry, diagram.id() + ": no entry " + (index + 1));
				String words = String.join(" ", entry.text().stream().map(line -> line.text()).toList());
				for (String finding : badge.note().split("\n")) {
					String severity = finding.substring(0, finding.indexOf(": "));
					String message = finding.substring(finding.indexOf(": ") + 2, finding.lastIndexOf(" ["));
					// Wrapping breaks lines at spaces: compare the words.
					assertTrue(words.replace(" ", "").contains(message.replace(" ", "")), message + " not in " + words);
					String said = switch (severity) {
					case "error" -> "Error: ";
					case "warning" -> "Warning: ";
					default -> "Note: ";
					};
					assertTrue(words.contains(said + message.substring(0, Math.min(20, message.length()))), said + message + " in " + words);
				}
				assertTrue(words.endsWith("?)"), "the workshop question closes the entry: " + words);
				checked++;
			}
			assertNull(diagram.node("findings/" + (badges.size() + 1)), "one entry per badge");
		}
		assertTrue(checked > 10, checked + " badges checked");
	}

	@Test
	void aDrawingWithoutFindingsHasNoList() {
		Diagram diagram = Diagrams.journeyMap(DiagramModels.journey(examples, "samChallenges"), SOURCES, FindingIndex.NONE);
		assertNull(diagram.node("findings"));
	}

	@Test
	void thePdfCarriesTheFindingsWordsOnTheSheetAfterTheMap() throws IOException {
		Diagram diagram = Diagrams.journeyMap(DiagramModels.journey(examples, "samChallenges"), SOURCES, findings);
		SheetPlan plan = PdfExport.plan(diagram);
		assertTrue(plan.isSplit());
		assertTrue(plan.sheets().get(plan.sheets().size() - 1).isKeyAndFindings());
		try (PDDocument pdf = Loader.loadPDF(PdfExport.pdf(diagram))) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(pdf.getNumberOfPages());
			stripper.setEndPage(pdf.getNumberOfPages());
			String last = stripper.getText(pdf);
			assertTrue(last.contains("Findings of the checks") && last.contains("Where does the person wait, and for how long?"),
					last);
		}
	}
}
