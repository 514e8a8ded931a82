package carepath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import carepath.analysis.WorkshopQuestion;
import carepath.diagram.export.PdfExport;
import carepath.report.WorkshopPack.PackFile;
import carepath.testing.ExampleModels;

class WorkshopPackPdfTest {
	private static List<PackFile> pack;

	@BeforeAll
	static void makePack() {
		pack = WorkshopPack.pdf(PackFixtures.input(ExampleModels.load("heart-failure")));
	}

	@Test
	void onePdfPerMap() {
		assertEquals(List.of("hfRiaNu.pdf", "hfRiaStraks.pdf", "hfZorgNu.pdf", "hfZorgStraks.pdf"),
				pack.stream().map(PackFile::name).sorted().toList());
	}

	@Test
	void everyPageIsA3LandscapeAndEveryMapIsDrawnOnAPageOfItsOwn() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(PackFixtures.file(pack, "hfRiaStraks.pdf").content())) {
			assertEquals("Ria en haar hartfalen: zorg op afstand - workshop pack", pdf.getDocumentInformation().getTitle());
			int drawings = 0;
			List<String> starts = new ArrayList<>();
			int headed = 0;
			int previous = -1;
			for (int index = 0; index < pdf.getNumberOfPages(); index++) {
				PDPage page = pdf.getPage(index);
				assertEquals(PdfExport.A3_LANDSCAPE.getWidth(), page.getMediaBox().getWidth(), 1, "page " + (index + 1));
				assertEquals(PdfExport.A3_LANDSCAPE.getHeight(), page.getMediaBox().getHeight(), 1, "page " + (index + 1));
				if (page.getResources().getXObjectNames().iterator().hasNext()) {
					drawings++;
					String text = text(pdf, index);
					starts.add(text.substring(0, Math.min(60, text.length())));
					if (text.startsWith("Journey map") || text.startsWith("Route") || text.startsWith("As-is beside")) {
						headed++;
					} else {
						assertEquals(previous + 1, index, "a page without a heading continues the drawing before: " + text);
					}
					previous = index;
				}
			}
			assertEquals(3, headed, "journey map, route and comparison, drawn as vectors");
			assertEquals(6, drawings, "the journey map on a page and its key and findings on the next; the route, as wide as"
					+ " the system map, on two sheets and its key on a third; the comparison: " + starts);
		}
	}

	@Test
	void aJourneyMapTooWideToReadOnOnePageIsDrawnOnSheets() throws IOException {
		List<PackFile> mentalHealth = WorkshopPack.pdf(PackFixtures.input(ExampleModels.load("mental-health")));
		try (PDDocument pdf = Loader.loadPDF(PackFixtures.file(mentalHealth, "samChallenges.pdf").content())) {
			List<Integer> drawings = new ArrayList<>();
			for (int index = 0; index < pdf.getNumberOfPages(); index++) {
				PDPage page = pdf.getPage(index);
				assertEquals(PdfExport.A3_LANDSCAPE.getWidth(), page.getMediaBox().getWidth(), 1, "page " + (index + 1));
				assertEquals(PdfExport.A3_LANDSCAPE.getHeight(), page.getMediaBox().getHeight(), 1, "page " + (index + 1));
				if (page.getResources().getXObjectNames().iterator().hasNext()) {
					drawings.add(index);
				}
			}
			assertEquals(7, drawings.size(), "the journey map on two sheets and the route on three, each with its key on one more");
			assertTrue(text(pdf, drawings.get(0)).startsWith("Journey map"));
			assertEquals(List.of(drawings.get(0) + 1, drawings.get(0) + 2), drawings.subList(1, 3),
					"the second sheet and the key on the pages after the first");
			assertTrue(text(pdf, drawings.get(3)).startsWith("Route"));
			assertEquals(List.of(drawings.get(3) + 1, drawings.get(3) + 2, drawings.get(3) + 3), drawings.subList(4, 7),
					"the route's sheets follow it");
		}
	}

	@Test
	void thePdfHoldsTheSameSectionsAsThePage() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(PackFixtures.file(pack, "hfRiaNu.pdf").content())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertTrue(text.contains("Ria en haar hartfalen: de zorg nu"));
			assertTrue(text.contains("What the checks found"));
			assertTrue(text.contains(WorkshopQuestion.REPETITION.text()), "the as-is journey collects information again");
			assertTrue(text.contains("Improved by Ria en haar hartfalen: zorg op afstand"));
			assertTrue(text.contains("Reflecting on what happened") && text.contains("Improving practice"));
		}
	}

	private static String text(PDDocument pdf, int index) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(index + 1);
		stripper.setEndPage(index + 1);
		return stripper.getText(pdf).strip();
	}
}
