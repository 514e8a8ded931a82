package carepath.diagram.export;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.github.weisj.jsvg.SVGDocument;

import carepath.testing.ExampleModels;
import carepath.diagram.Diagram;
import carepath.diagram.DiagramModels;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.svg.SvgRenderer;
import carepath.dsl.load.ModelSet;
import carepath.model.Journey;
import carepath.testing.SyntheticModels;

/** SVG read back by real parsers, PNG decoded to its size, PDF on an A3 landscape page; model text escaped. */
class ExportTest {
	private static Diagram journeyMap;

	@BeforeAll
	static void draw() {
		ModelSet examples = ExampleModels.load();
		journeyMap = Diagrams.journeyMap(DiagramModels.journey(examples, "hfRiaNu"), SOURCES, DiagramModels.findings(examples));
	}

	private static Document xml(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void svgIsWellFormedAccessibleAndReadBySvgParser() throws Exception {
		String svg = SvgRenderer.render(journeyMap);
		Document document = xml(svg);
		Element root = document.getDocumentElement();
		assertEquals("svg", root.getLocalName());
		assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
		assertEquals("Ria en haar hartfalen: de zorg nu", document.getElementsByTagName("title").item(0).getTextContent());
		assertTrue(document.getElementsByTagName("desc").item(0).getTextContent().startsWith("Journey map (as-is, challenges)"));
		assertEquals("diagram-title diagram-desc", root.getAttribute("aria-labelledby"));
		Element step = document.getElementById("step/hfRiaNu/signalen/belHuisarts");
		if (step == null) {
			NodeList groups = document.getElementsByTagName("g");
			for (int i = 0; i < groups.getLength() && step == null; i++) {
				Element group = (Element) groups.item(i);
				if (group.getAttribute("id").equals("step/hfRiaNu/signalen/belHuisarts")) {
					step = group;
				}
			}
		}
		assertNotNull(step);
		assertTrue(step.getAttribute("data-element").endsWith(".journey#//@elements.0/@stages.0/@steps.0"),
				step.getAttribute("data-element"));
		assertTrue(Integer.parseInt(step.getAttribute("data-line")) > 0);
		SVGDocument parsed = SvgDocuments.load(svg);
		assertEquals(journeyMap.width(), parsed.size().width, 0.5);
		assertEquals(journeyMap.height(), parsed.size().height, 0.5);
	}

	@Test
	void svgIsDeterministic() {
		// Generated twice from the model, not one diagram rendered twice.
		ModelSet examples = ExampleModels.load();
		Diagram again = Diagrams.journeyMap(DiagramModels.journey(examples, "hfRiaNu"), SOURCES, DiagramModels.findings(examples));
		assertEquals(SvgRenderer.render(journeyMap), SvgRenderer.render(again));
	}

	@Test
	void pngDecodesToTheDiagramsSize() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExport.png(journeyMap, 2.0)));
		assertEquals((int) Math.ceil(journeyMap.width() * 2), image.getWidth());
		assertEquals((int) Math.ceil(journeyMap.height() * 2), image.getHeight());
		// Something was drawn: the stage band's blue-grey is somewhere on the white sheet.
		boolean drawn = false;
		for (int x = 0; x < image.getWidth() && !drawn; x += 7) {
			for (int y = 0; y < image.getHeight() && !drawn; y += 7) {
				drawn = (image.getRGB(x, y) & 0xffffff) == 0xdce6f1;
			}
		}
		assertTrue(drawn, "no stage band in the image");
	}

	/** JSVG's guard refuses more than 2,000 shapes by default; a 120-step map draws more. */
	@Test
	void pngOfALongJourneyMapIsDrawn() throws Exception {
		ModelSet set = SyntheticModels.load(SyntheticModels.generate(20, 30, 120, 3));
		Diagram longMap = Diagrams.journeyMap(set.elements(Journey.class).get(0), SOURCES, FindingIndex.NONE);
		String svg = SvgRenderer.render(longMap);
		assertTrue(svg.split("<(rect|path|text|line|polyline|circle)[ >]").length > 2_000, "too few shapes to test the guard");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExport.png(longMap, 1.0)));
		assertEquals((int) Math.ceil(longMap.width()), image.getWidth());
	}

	@Test
	void veryLargeImagesAreDrawnSmallerToBoundMemory() {
		assertEquals(2.0, PngExport.scaleFor(journeyMap, 2.0));
		double scale = PngExport.scaleFor(journeyMap, 100.0);
		assertTrue(scale < 100.0);
		double pixels = journeyMap.width() * scale * journeyMap.height() * scale;
		assertEquals(PngExport.MAX_PIXELS, pixels, 1.0);
	}

	@Test
	void pdfIsOnA3LandscapePages() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(PdfExport.pdf(journeyMap))) {
			// Ten steps are too small to read on one page: two sheets (SheetsPdfTest), and the key after them.
			assertEquals(3, pdf.getNumberOfPages());
			for (int index = 0; index < pdf.getNumberOfPages(); index++) {
				PDRectangle page = pdf.getPage(index).getMediaBox();
				assertEquals(PDRectangle.A3.getHeight(), page.getWidth(), 0.01);
				assertEquals(PDRectangle.A3.getWidth(), page.getHeight(), 0.01);
				assertTrue(pdf.getPage(index).hasContents());
			}
			assertEquals("Ria en haar hartfalen: de zorg nu", pdf.getDocumentInformation().getTitle());
			assertTrue(new PDFTextStripper().getText(pdf).contains("Ria en haar hartfalen: de zorg nu"), "searchable text");
		}
	}

	@Test
	void modelTextWithMarkupStaysText() throws Exception {
		String evil = "<script>alert('x')</script> & \"quotes\"";
		ModelSet set = DiagramModels.of("persona p \"" + evil.replace("\"", "'") + "\"\njourney j \"" + evil.replace("\"", "'")
				+ "\" { persona p stage s { step a \"" + evil.replace("\"", "'") + "\" } }\n");
		Diagram diagram = Diagrams.journeyMap(DiagramModels.journey(set, "j"), SOURCES, FindingIndex.NONE);
		String svg = SvgRenderer.render(diagram);
		Document document = xml(svg);
		assertEquals(0, document.getElementsByTagName("script").getLength());
		assertEquals(evil.replace("\"", "'"), document.getElementsByTagName("title").item(0).getTextContent());
		assertTrue(svg.contains("&lt;script&gt;"));
	}
}
