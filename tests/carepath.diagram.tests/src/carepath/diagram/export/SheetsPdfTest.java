package carepath.diagram.export;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import carepath.analysis.Journeys;
import carepath.diagram.Diagram;
import carepath.diagram.DiagramModels;
import carepath.diagram.DiagramNode;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.Rect;
import carepath.diagram.key.Annex;
import carepath.diagram.TextMeasurer;
import carepath.diagram.sheets.Piece;
import carepath.diagram.sheets.Sheet;
import carepath.diagram.sheets.SheetPlan;
import carepath.diagram.system.SystemMapGenerator;
import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Stage;
import carepath.model.Step;
import carepath.testing.ExampleModels;
import carepath.testing.SyntheticModels;

/**
 * Journey maps too wide to read on one A3 page are printed on several sheets, cut at stage
 * boundaries (a stage wider than a sheet between steps), each with the lane labels and a heading;
 * wide system maps and routes in strips cut between services; small maps stay on one page. Read back with PDFBox: page sizes, and the text of each page.
 */
class SheetsPdfTest {
	private static ModelSet examples;
	private static Journey forty;
	private static Diagram fortySteps;

	@BeforeAll
	static void draw() {
		examples = ExampleModels.load();
		ModelSet synthetic = SyntheticModels.load(SyntheticModels.generate(60, 120, 40, 7));
		EcoreUtil.resolveAll(synthetic.resourceSet());
		forty = synthetic.elements(Journey.class).get(0);
		fortySteps = Diagrams.journeyMap(forty, SOURCES, FindingIndex.NONE);
	}

	@Test
	void aFortyStepJourneyIsPrintedOnLegibleSheets() throws IOException {
		SheetPlan plan = PdfExport.plan(fortySteps);
		assertTrue(plan.isSplit());
		assertTrue(plan.bodyPoints() >= SheetPlan.LEGIBLE, "body text at " + plan.bodyPoints() + " pt");
		try (PDDocument pdf = Loader.loadPDF(PdfExport.pdf(fortySteps))) {
			int pages = pdf.getNumberOfPages();
			assertEquals(plan.sheets().size(), pages);
			assertEquals(6, plan.mapSheets().size(), "7 of the 40 steps a sheet");
			assertEquals(7, pages, "the map's six sheets, then its key");
			assertTrue(text(pdf, 6).contains("sheet 7 of 7: key and findings") && text(pdf, 6).contains("pain point: waiting"),
					text(pdf, 6));
			List<String> texts = new ArrayList<>();
			for (int page = 0; page < 6; page++) {
				assertA3Landscape(pdf, page);
				String text = text(pdf, page);
				texts.add(text);
				assertTrue(text.contains("Generated journey — sheet " + (page + 1) + " of " + pages), text);
				for (String lane : List.of("Steps", "Person's experience", "Pain points", "Change ideas", "Wait before the")) {
					assertTrue(text.contains(lane), "every sheet repeats the lane labels: " + lane + " on sheet " + (page + 1));
				}
			}
			// Every step on exactly one sheet: each stage is wider than a sheet, so each sheet is
			// filled with seven steps in order. Each stage on consecutive sheets.
			int index = 0;
			for (Stage stage : forty.getStages()) {
				List<Integer> sheets = new ArrayList<>();
				for (Step step : stage.getSteps()) {
					int page = onlyPageWith(texts, step.getTitle());
					assertEquals(index++ / 7, page, step.getTitle());
					if (!sheets.contains(page)) {
						sheets.add(page);
					}
				}
				assertTrue(sheets.size() >= 2, stage.getName() + ": ten steps are more than a sheet holds");
				for (int next = 1; next < sheets.size(); next++) {
					assertEquals(sheets.get(next - 1) + 1, sheets.get(next), "a stage on consecutive sheets");
					assertTrue(texts.get(sheets.get(next)).contains(stage.getTitle() + " (continued)"),
							"a stage cut between steps is labelled on every sheet it is on");
				}
			}
		}
	}

	@Test
	void stagesThatFitOnASheetAreNotCut() throws IOException {
		StringBuilder text = new StringBuilder("persona p\njourney wide \"A wide journey\" { persona p\n");
		for (int stage = 1; stage <= 6; stage++) {
			text.append("  stage s").append(stage).append(" \"Stage number ").append(stage).append("\" {\n");
			for (int step = 1; step <= 3; step++) {
				text.append("    step t").append(stage).append(step).append(" \"Visit ").append(stage).append('.').append(step)
						.append("\" { pain waiting \"Waited again\" }\n");
			}
			text.append("  }\n");
		}
		Journey journey = DiagramModels.journey(DiagramModels.of(text.append("}\n").toString()), "wide");
		Diagram diagram = Diagrams.journeyMap(journey, SOURCES, FindingIndex.NONE);
		SheetPlan plan = PdfExport.plan(diagram);
		assertTrue(plan.isSplit());
		try (PDDocument pdf = Loader.loadPDF(PdfExport.pdf(diagram))) {
			assertEquals(plan.sheets().size(), pdf.getNumberOfPages());
			List<String> texts = new ArrayList<>();
			for (int page = 0; page < pdf.getNumberOfPages(); page++) {
				assertA3Landscape(pdf, page);
				texts.add(text(pdf, page));
			}
			for (Stage stage : journey.getStages()) {
				int page = onlyPageWith(texts, stage.getTitle());
				for (Step step : stage.getSteps()) {
					assertEquals(page, onlyPageWith(texts, step.getTitle()), "all of " + stage.getTitle() + " on one sheet");
				}
				assertFalse(texts.get(page).contains("(continued)"));
			}
		}
		assertTrue(plan.bodyPoints() > SheetPlan.LEGIBLE, "as large as the same number of sheets allows: " + plan.bodyPoints());
	}

	@Test
	void sheetsLineUpAndRepeatTheLaneLabels() {
		SheetPlan plan = PdfExport.plan(fortySteps);
		double labelColumn = plan.sheets().get(0).pieces().get(0).clip().x();
		for (Sheet sheet : plan.mapSheets()) {
			assertEquals(plan.sheets().get(0).height(), sheet.height(), "every sheet shows the whole height, so lanes line up");
			assertTrue(sheet.width() * plan.scale() <= PdfExport.A3_LANDSCAPE.getWidth() - 2 * PdfExport.MARGIN + 0.01);
			assertTrue(sheet.height() * plan.scale() <= PdfExport.A3_LANDSCAPE.getHeight() - 2 * PdfExport.MARGIN + 0.01);
			DiagramModels.assertUniqueIds(sheet.drawing());
			DiagramModels.assertTextFits(sheet.drawing());
			assertTrue(sheet.heading().text().endsWith("— sheet " + sheet.number() + " of " + plan.sheets().size()));
			assertTrue(sheet.heading().x() > 0 && sheet.heading().x()
					+ TextMeasurer.width(sheet.heading().text(), sheet.heading().size(), true) < sheet.width(), "heading on the sheet");
			if (sheet.number() > 1) {
				assertEquals(2, sheet.pieces().size(), "the lane labels and the sheet's columns");
				assertEquals(labelColumn, sheet.pieces().get(0).clip().x());
				assertTrue(sheet.drawing().nodes().stream().anyMatch(node -> node.id().equals("lane/pains")));
			}
		}
		// The persona card is not cut: it is whole on the sheet that shows it.
		Sheet last = plan.mapSheets().get(plan.mapSheets().size() - 1);
		DiagramNode persona = last.drawing().nodes().stream().filter(node -> node.role().equals("persona")).findFirst()
				.orElseThrow();
		Rect shown = last.pieces().get(last.pieces().size() - 1).clip();
		assertTrue(persona.bounds().x() >= shown.x() && persona.bounds().right() <= shown.right(), persona.bounds() + " in " + shown);
	}

	@Test
	void theExamplesPrintLargerOnTwoSheets() {
		for (String name : List.of("hfRiaNu", "hfRiaStraks", "samChallenges")) {
			Diagram diagram = Diagrams.journeyMap(DiagramModels.journey(examples, name), SOURCES, DiagramModels.findings(examples));
			SheetPlan plan = PdfExport.plan(diagram);
			assertEquals(2, plan.mapSheets().size(), name);
			assertEquals(3, plan.sheets().size(), name + ": the map on two sheets, its key and findings on a third");
			double onePage = Math.min((PdfExport.A3_LANDSCAPE.getWidth() - 2 * PdfExport.MARGIN) / diagram.width(),
					(PdfExport.A3_LANDSCAPE.getHeight() - 2 * PdfExport.MARGIN) / diagram.height());
			assertTrue(plan.scale() > 1.2 * onePage, name + ": " + plan.scale() + " against " + onePage + " on one page");
			for (Sheet sheet : plan.sheets()) {
				List<String> stages = sheet.drawing().nodes().stream().filter(node -> node.role().equals("stage"))
						.map(node -> node.text().get(0).text()).toList();
				assertTrue(stages.stream().noneMatch(stage -> stage.endsWith("(continued)")), name + " is cut between stages");
			}
		}
	}

	@Test
	void smallMapsAndOtherViewsStayOnOnePageAsBefore() throws IOException {
		FindingIndex findings = DiagramModels.findings(examples);
		Ecosystem riverside = DiagramModels.ecosystem(examples, "riverside");
		Ecosystem small3 = DiagramModels.ecosystem(DiagramModels.of("""
				ecosystem three "Three services" {
				  service gp "GP practice" service cmht "Community Mental Health Team" service cafe "Recovery cafe"
				  referral gp -> cmht { criteria "Moderate to severe mental illness" if declined -> cafe }
				}
				"""), "three");
		List<Diagram> small = List.of(
				Diagrams.journeyMap(DiagramModels.journey(examples, "samGoodPractice"), SOURCES, findings),
				Diagrams.systemMap(small3, SOURCES, FindingIndex.NONE, SystemMapGenerator.Grouping.CATEGORY),
				Diagrams.needsMatrix(riverside, null, SOURCES),
				Diagrams.comparison(DiagramModels.journey(examples, "hfRiaStraks"), SOURCES));
		for (Diagram diagram : small) {
			SheetPlan plan = PdfExport.plan(diagram);
			assertFalse(plan.isSplit(), diagram.id());
			Sheet sheet = plan.sheets().get(0);
			assertEquals(diagram, sheet.drawing(), "the whole diagram");
			assertEquals(Math.min((PdfExport.A3_LANDSCAPE.getWidth() - 2 * PdfExport.MARGIN) / diagram.width(),
					(PdfExport.A3_LANDSCAPE.getHeight() - 2 * PdfExport.MARGIN) / diagram.height()), plan.scale(), 1e-9,
					"scaled to fit, as always");
			try (PDDocument pdf = Loader.loadPDF(PdfExport.pdf(diagram))) {
				assertEquals(1, pdf.getNumberOfPages(), diagram.id());
				assertA3Landscape(pdf, 0);
			}
		}
		Journey journey = DiagramModels.journey(examples, "samGoodPractice");
		try (PDDocument pdf = Loader.loadPDF(PdfExport.pdf(small.get(0)))) {
			String text = text(pdf, 0);
			assertFalse(text.contains("sheet 1"), "no sheet heading on a map printed whole");
			for (Step step : Journeys.steps(journey)) {
				assertTrue(text.contains(step.getTitle()),
						"the text layer makes the page searchable: " + step.getTitle());
			}
		}
	}

	@Test
	void wideSystemMapsAndRoutesArePrintedInStripsCutBetweenServices() throws IOException {
		FindingIndex findings = DiagramModels.findings(examples);
		Ecosystem riverside = DiagramModels.ecosystem(examples, "riverside");
		for (Diagram diagram : List.of(Diagrams.systemMap(riverside, SOURCES, findings, SystemMapGenerator.Grouping.CATEGORY),
				Diagrams.route(DiagramModels.journey(examples, "samChallenges"), SOURCES, findings))) {
			SheetPlan plan = PdfExport.plan(diagram);
			assertTrue(plan.isSplit(), diagram.id() + " is " + diagram.width() + " wide");
			assertTrue(plan.bodyPoints() >= SheetPlan.LEGIBLE, diagram.id() + ": body text at " + plan.bodyPoints() + " pt");
			assertTilesOnA3(diagram, plan);
			assertEquals(mapHeight(diagram), plan.sheets().get(0).pieces().get(0).clip().height(), 1e-9, "one row of strips");
			assertEquals(0, cutServices(diagram, plan), "every service whole on one sheet");
			try (PDDocument pdf = Loader.loadPDF(PdfExport.pdf(diagram))) {
				assertEquals(plan.sheets().size(), pdf.getNumberOfPages());
				for (int page = 0; page < pdf.getNumberOfPages(); page++) {
					assertA3Landscape(pdf, page);
					assertTrue(text(pdf, page).contains("sheet " + (page + 1) + " of " + pdf.getNumberOfPages()));
				}
			}
		}
	}

	/** The typical 60-service map of the benchmarks is taller than a sheet too: rows of strips. */
	@Test
	void aLargeSystemMapIsPrintedOnAGridOfLegibleSheets() throws IOException {
		ModelSet synthetic = SyntheticModels.load(SyntheticModels.generate(60, 120, 40, 7));
		EcoreUtil.resolveAll(synthetic.resourceSet());
		Diagram diagram = Diagrams.systemMap(synthetic.elements(Ecosystem.class).get(0), SOURCES, FindingIndex.NONE,
				SystemMapGenerator.Grouping.CATEGORY);
		SheetPlan plan = PdfExport.plan(diagram);
		assertTrue(plan.bodyPoints() >= SheetPlan.LEGIBLE, "body text at " + plan.bodyPoints() + " pt");
		assertTilesOnA3(diagram, plan);
		List<Sheet> map = plan.mapSheets();
		long rows = map.stream().map(sheet -> sheet.pieces().get(0).clip().y()).distinct().count();
		assertTrue(rows > 1, rows + " rows");
		assertTrue(map.get(map.size() - 1).heading().text().endsWith("sheet " + map.size() + " of " + plan.sheets().size()
				+ " (row " + rows + ", column " + map.size() / rows + ")"));
		assertTrue(plan.sheets().get(map.size()).isKeyAndFindings(), "the key on a sheet after the map's");
		assertEquals(0, cutServices(diagram, plan), "every service whole on one sheet: the cuts find the gaps between them");
		try (PDDocument pdf = Loader.loadPDF(PdfExport.pdf(diagram))) {
			assertEquals(plan.sheets().size(), pdf.getNumberOfPages());
		}
	}

	/** The sheets' clips cover the diagram exactly, row by row, each within an A3 page at the plan's scale. */
	private static void assertTilesOnA3(Diagram diagram, SheetPlan plan) {
		double area = 0;
		double x = 0;
		double y = 0;
		for (Sheet sheet : plan.mapSheets()) {
			Rect clip = sheet.pieces().get(0).clip();
			if (clip.x() == 0 && sheet.number() > 1) {
				x = 0;
				y = plan.sheets().get(sheet.number() - 2).pieces().get(0).clip().bottom();
			}
			assertEquals(x, clip.x(), 1e-9, "sheet " + sheet.number() + " follows the one before without a gap");
			assertEquals(y, clip.y(), 1e-9, "sheet " + sheet.number() + " in its row");
			x = clip.right();
			area += clip.width() * clip.height();
			assertTrue(sheet.width() * plan.scale() <= PdfExport.A3_LANDSCAPE.getWidth() - 2 * PdfExport.MARGIN + 0.01);
			assertTrue(sheet.height() * plan.scale() <= PdfExport.A3_LANDSCAPE.getHeight() - 2 * PdfExport.MARGIN + 0.01);
			DiagramModels.assertUniqueIds(sheet.drawing());
		}
		assertEquals(diagram.width() * mapHeight(diagram), area, 1e-3 * area, "the sheets cover the map once");
	}

	/** The height of the map above its key and findings list. */
	private static double mapHeight(Diagram diagram) {
		return diagram.nodes().stream().filter(node -> Annex.isPart(node.id())).mapToDouble(node -> node.bounds().y()).min()
				.orElse(diagram.height());
	}

	/** The services that no single sheet shows whole. */
	private static long cutServices(Diagram diagram, SheetPlan plan) {
		return diagram.nodes().stream().filter(node -> node.role().equals("service"))
				.filter(service -> plan.sheets().stream().map(sheet -> sheet.pieces().get(0).clip())
						.noneMatch(clip -> service.bounds().x() >= clip.x() && service.bounds().right() <= clip.right()
								&& service.bounds().y() >= clip.y() && service.bounds().bottom() <= clip.bottom()))
				.count();
	}

	@Test
	void aVeryLongJourneyStaysLegible() {
		ModelSet large = SyntheticModels.load(SyntheticModels.large());
		EcoreUtil.resolveAll(large.resourceSet());
		Diagram diagram = Diagrams.journeyMap(large.elements(Journey.class).get(0), SOURCES, FindingIndex.NONE);
		SheetPlan plan = PdfExport.plan(diagram);
		assertTrue(plan.bodyPoints() >= SheetPlan.LEGIBLE);
		assertTrue(plan.sheets().size() > 60, plan.sheets().size() + " sheets for 500 steps");
		double previous = -1;
		for (Sheet sheet : plan.mapSheets()) {
			Piece columns = sheet.pieces().get(sheet.pieces().size() - 1);
			assertTrue(columns.clip().x() > previous, "sheets follow each other");
			previous = columns.clip().x();
			assertEquals(sheet.number(), plan.sheets().indexOf(sheet) + 1);
		}
	}

	@Test
	void theSameMapGivesTheSameBytes() {
		assertArrayEquals(PdfExport.pdf(fortySteps), PdfExport.pdf(fortySteps));
	}

	/** The page (0-based) whose text holds this step or stage title as a whole phrase; fails unless exactly one does. */
	private static int onlyPageWith(List<String> texts, String title) {
		Pattern phrase = Pattern.compile("(?<![\\w.])" + Pattern.quote(title) + "(?![\\w.])");
		int found = -1;
		for (int page = 0; page < texts.size(); page++) {
			if (phrase.matcher(texts.get(page)).find()) {
				assertEquals(-1, found, title + " on sheets " + (found + 1) + " and " + (page + 1));
				found = page;
			}
		}
		assertTrue(found >= 0, title + " on no sheet");
		return found;
	}

	private static void assertA3Landscape(PDDocument pdf, int page) {
		PDRectangle box = pdf.getPage(page).getMediaBox();
		assertEquals(PDRectangle.A3.getHeight(), box.getWidth(), 0.01, "page " + (page + 1));
		assertEquals(PDRectangle.A3.getWidth(), box.getHeight(), 0.01, "page " + (page + 1));
	}

	/** The page's text, box by box as drawn, white space as single spaces. */
	private static String text(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page + 1);
		stripper.setEndPage(page + 1);
		return stripper.getText(pdf).replaceAll("\\s+", " ");
	}
}
