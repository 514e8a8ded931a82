package carepath.diagram.svg;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramModels;
import carepath.diagram.DiagramNode;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;
import carepath.diagram.export.ExportFormat;
import carepath.diagram.system.SystemMapGenerator;
import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.testing.ExampleModels;

/**
 * The SVG file as written (`carepath render`, the workbench's export) carries the glyphs of its
 * text, so it shows in the font it was measured with on a machine without DejaVu Sans; the
 * drawings inlined in a page do not.
 */
class StandaloneSvgTest {
	private static final Pattern FACE = Pattern
			.compile("@font-face \\{ font-family: 'DejaVu Sans'; font-weight: (normal|bold); src: url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\) format\\('truetype'\\); \\}");
	private static Map<String, Diagram> diagrams;

	@BeforeAll
	static void draw() {
		diagrams = drawAll(ExampleModels.load());
	}

	/** Every view of every example, by name. */
	private static Map<String, Diagram> drawAll(ModelSet examples) {
		FindingIndex findings = DiagramModels.findings(examples);
		Map<String, Diagram> all = new LinkedHashMap<>();
		for (Journey journey : examples.elements(Journey.class)) {
			all.put(journey.getName() + ".journey", Diagrams.journeyMap(journey, SOURCES, findings));
			Diagram route = Diagrams.route(journey, SOURCES, findings);
			if (route != null) {
				all.put(journey.getName() + ".route", route);
			}
			Diagram comparison = Diagrams.comparison(journey, SOURCES);
			if (comparison != null) {
				all.put(journey.getName() + ".compare", comparison);
			}
		}
		for (Ecosystem ecosystem : examples.elements(Ecosystem.class)) {
			all.put(ecosystem.getName() + ".system",
					Diagrams.systemMap(ecosystem, SOURCES, findings, SystemMapGenerator.Grouping.CATEGORY));
			all.put(ecosystem.getName() + ".needs", Diagrams.needsMatrix(ecosystem,
					Diagrams.personaOf(ecosystem, examples.elements(Journey.class)), SOURCES));
		}
		return all;
	}

	@Test
	void theFileCarriesEveryCharacterOfItsTextInTheRightFace() throws Exception {
		for (var entry : diagrams.entrySet()) {
			Diagram diagram = entry.getValue();
			String svg = SvgRenderer.standalone(diagram);
			Document document = xml(svg);
			NodeList styles = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "style");
			assertEquals(1, styles.getLength(), entry.getKey());
			assertEquals("defs", ((Element) styles.item(0).getParentNode()).getLocalName(), entry.getKey());
			Map<String, byte[]> faces = faces(styles.item(0).getTextContent());
			assertEquals(List.of("normal", "bold"), List.copyOf(faces.keySet()), entry.getKey());
			for (var face : faces.entrySet()) {
				boolean bold = face.getKey().equals("bold");
				try (TrueTypeFont subset = parse(face.getValue()); TrueTypeFont full = parse(TextMeasurer.fontFile(bold))) {
					assertTrue(subset.getNumberOfGlyphs() < 200, entry.getKey() + ": a subset, not the whole font: "
							+ subset.getNumberOfGlyphs() + " glyphs");
					for (String table : List.of("GPOS", "GSUB", "GDEF", "kern")) {
						assertNull(subset.getTableMap().get(table), entry.getKey() + ": layout table " + table
								+ " would point at the full font's glyphs");
					}
					for (TextLine line : lines(diagram)) {
						if (line.bold() != bold) {
							continue;
						}
						line.text().codePoints().forEach(c -> {
							try {
								int inFull = full.getUnicodeCmapLookup().getGlyphId(c);
								if (inFull == 0) {
									return; // not in DejaVu Sans: a reader falls back to another font
								}
								int inSubset = subset.getUnicodeCmapLookup().getGlyphId(c);
								assertTrue(inSubset != 0, String.format("%s: U+%04X of '%s' missing from the %s face",
										entry.getKey(), c, line.text(), face.getKey()));
								assertEquals(full.getAdvanceWidth(inFull), subset.getAdvanceWidth(inSubset),
										"the subset measures as the text was measured");
							} catch (IOException e) {
								throw new AssertionError(e);
							}
						});
					}
				}
			}
		}
	}

	@Test
	void theFileIsReadBySvgParsers() throws Exception {
		// JSVG's small CSS parser knows no at-rules: it skips the @font-face rule, warning about
		// every character of the font. (Carepath draws PNG and PDF from the SVG without the font.)
		Logger css = Logger.getLogger("com.github.weisj.jsvg.parser.css");
		css.setLevel(Level.OFF);
		try {
			for (var entry : diagrams.entrySet()) {
				String svg = SvgRenderer.standalone(entry.getValue());
				assertEquals("svg", xml(svg).getDocumentElement().getLocalName());
				SVGDocument parsed = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null,
						LoaderContext.createDefault());
				assertNotNull(parsed, entry.getKey());
				assertEquals(entry.getValue().width(), parsed.size().width, 0.5, entry.getKey());
				assertEquals(entry.getValue().height(), parsed.size().height, 0.5, entry.getKey());
			}
		} finally {
			css.setLevel(null);
		}
	}

	@Test
	void theSameModelGivesTheSameBytes() {
		Map<String, Diagram> again = drawAll(ExampleModels.load());
		for (var entry : diagrams.entrySet()) {
			assertEquals(SvgRenderer.standalone(entry.getValue()), SvgRenderer.standalone(again.get(entry.getKey())),
					entry.getKey());
		}
	}

	@Test
	void exportWritesTheStandaloneFileAndInlinedDrawingsCarryNoFont() {
		Diagram diagram = diagrams.get("samChallenges.journey");
		assertEquals(SvgRenderer.standalone(diagram),
				new String(ExportFormat.SVG.bytes(diagram), StandardCharsets.UTF_8));
		assertFalse(SvgRenderer.element(diagram, "m1-").contains("@font-face"), "the page carries the font");
		assertFalse(SvgRenderer.render(diagram).contains("@font-face"), "drawn to PNG and PDF with Java2D's font");
		assertTrue(SvgRenderer.standalone(diagram).length() < SvgRenderer.render(diagram).length() + 60_000,
				"only the glyphs used are embedded");
	}

	private static List<TextLine> lines(Diagram diagram) {
		List<TextLine> lines = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			lines.addAll(node.text());
		}
		for (DiagramEdge edge : diagram.edges()) {
			lines.addAll(edge.labels());
		}
		return lines;
	}

	/** The fonts of the `@font-face` rules, by weight, decoded. */
	private static Map<String, byte[]> faces(String css) {
		Map<String, byte[]> faces = new LinkedHashMap<>();
		Matcher matcher = FACE.matcher(css);
		while (matcher.find()) {
			faces.put(matcher.group(1), Base64.getDecoder().decode(matcher.group(2)));
		}
		return faces;
	}

	private static TrueTypeFont parse(byte[] font) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(font));
	}

	private static TrueTypeFont parse(InputStream font) throws IOException {
		try (font) {
			return new TTFParser().parse(new RandomAccessReadBuffer(font));
		}
	}

	private static Document xml(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}
}
