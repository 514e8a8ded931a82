package carepath.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import carepath.analysis.WorkshopQuestion;
import carepath.report.WorkshopPack.PackFile;
import carepath.testing.ExampleModels;

class WorkshopPackTest {
	private static final String XHTML = "http://www.w3.org/1999/xhtml";
	private static final String SVG = "http://www.w3.org/2000/svg";
	private static List<PackFile> pack;

	@BeforeAll
	static void makePack() {
		pack = WorkshopPack.html(PackFixtures.input(ExampleModels.load()));
	}

	@Test
	void onePagePerJourneyAndEcosystemAndAnIndex() {
		assertEquals(List.of("samGoodPractice.html", "samChallenges.html", "hfRiaStraks.html", "hfRiaNu.html",
				"riverside.html", "hfZorgNu.html", "hfZorgStraks.html", "index.html").stream().sorted().toList(),
				pack.stream().map(PackFile::name).sorted().toList());
		Document index = PackFixtures.parse(PackFixtures.file(pack, "index.html"));
		assertEquals(7, index.getElementsByTagNameNS(XHTML, "a").getLength());
	}

	@Test
	void everyPageIsWellFormedWithUniqueIds() {
		for (PackFile file : pack) {
			Document page = PackFixtures.parse(file);
			Set<String> ids = new HashSet<>();
			NodeList all = page.getElementsByTagNameNS("*", "*");
			for (int i = 0; i < all.getLength(); i++) {
				String id = ((Element) all.item(i)).getAttribute("id");
				assertTrue(id.isEmpty() || ids.add(id), file.name() + ": id used twice: " + id);
			}
		}
	}

	@Test
	void aJourneyPageHasItsMapsFindingsAndPrompts() {
		Document page = PackFixtures.parse(PackFixtures.file(pack, "samChallenges.html"));
		NodeList drawings = page.getElementsByTagNameNS(SVG, "svg");
		assertEquals(2, drawings.getLength(), "journey map and route");
		assertEquals("journey", ((Element) drawings.item(0)).getAttribute("data-view"));
		String text = page.getDocumentElement().getTextContent();
		NodeList sections = page.getElementsByTagNameNS(XHTML, "section");
		Element persona = null;
		for (int index = 0; index < sections.getLength(); index++) {
			if (((Element) sections.item(index)).getAttribute("class").equals("persona")) {
				persona = (Element) sections.item(index);
			}
		}
		assertNotNull(persona, "a persona card");
		assertTrue(persona.getTextContent().contains("lives alone in a rented flat"), "the persona card says who Sam is");
		assertNotNull(PackFixtures.byId(page, "question-" + WorkshopQuestion.WAITING.id()),
				"Sam waits longer than the limit, so the waiting question has findings");
		assertTrue(text.contains(WorkshopQuestion.WAITING.text()));
		assertTrue(text.contains("longer than the limit of 13 weeks"), "the finding's message");
		assertTrue(text.contains("sam-challenges.journey, line "), "findings say where they are");
		assertTrue(text.contains("Reflecting on what happened") && text.contains("Improving practice"));
		assertTrue(page.getElementsByTagNameNS(XHTML, "ol").getLength() >= 2);
		assertTrue(countClass(page, "note-line") >= 9 * 4, "room for notes under every prompt");
	}

	@Test
	void aToBePageComparesWithItsAsIs() {
		Document toBe = PackFixtures.parse(PackFixtures.file(pack, "hfRiaStraks.html"));
		Element comparison = PackFixtures.byId(toBe, "comparison");
		assertNotNull(comparison);
		String text = comparison.getTextContent();
		assertTrue(text.contains("This map improves"), text);
		assertTrue(text.contains("wait before: 6 weeks → 2 weeks"), "a changed step says what changed: " + text);
		assertTrue(text.contains("step Echo en gesprek met de cardioloog op één dag"), "steps by their titles: " + text);
		assertTrue(comparison.getElementsByTagNameNS(XHTML, "tr").getLength() > 3, "figures before and after");
		assertEquals(3, toBe.getElementsByTagNameNS(SVG, "svg").getLength(), "journey map, route and comparison");
		Document asIs = PackFixtures.parse(PackFixtures.file(pack, "hfRiaNu.html"));
		assertTrue(PackFixtures.byId(asIs, "comparison").getTextContent().contains("Improved by"));
		Document ecosystem = PackFixtures.parse(PackFixtures.file(pack, "hfZorgStraks.html"));
		assertNotNull(PackFixtures.byId(ecosystem, "comparison"), "ecosystems are compared too");
	}

	@Test
	void aSystemMapPageHasTheMapAndTheNeedsMatrix() {
		Document page = PackFixtures.parse(PackFixtures.file(pack, "riverside.html"));
		NodeList drawings = page.getElementsByTagNameNS(SVG, "svg");
		assertEquals(2, drawings.getLength());
		assertEquals("system", ((Element) drawings.item(0)).getAttribute("data-view"));
		assertEquals("needs", ((Element) drawings.item(1)).getAttribute("data-view"));
		assertTrue(drawings.item(0).getTextContent().contains("Provides: Assessment"),
				"the pack's system map says what each service provides");
		assertTrue(page.getDocumentElement().getTextContent().contains(WorkshopQuestion.REJECTED_ALTERNATIVE.text())
				|| page.getDocumentElement().getTextContent().contains(WorkshopQuestion.WRONG_DOORS.text()));
	}

	@Test
	void pagesCarryTheirFontAndFetchNothing() {
		String page = new String(PackFixtures.file(pack, "hfRiaNu.html").content(), StandardCharsets.UTF_8);
		assertTrue(page.contains("@font-face { font-family: 'DejaVu Sans'; font-weight: normal; src: url(data:font/ttf;base64,"));
		assertTrue(page.contains("font-weight: bold; src: url(data:font/ttf;base64,"));
		assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("url(http"),
				"nothing outside the file");
		assertTrue(page.length() < 600_000, "only the glyphs used are embedded: " + page.length());
	}

	@Test
	void theSamePackTwiceIsTheSameBytes() {
		List<PackFile> again = WorkshopPack.html(PackFixtures.input(ExampleModels.load()));
		for (PackFile file : pack) {
			assertArrayEquals(file.content(), PackFixtures.file(again, file.name()).content(), file.name());
		}
	}

	private static int countClass(Document page, String name) {
		int count = 0;
		NodeList all = page.getElementsByTagNameNS(XHTML, "*");
		for (int i = 0; i < all.getLength(); i++) {
			if (((Element) all.item(i)).getAttribute("class").equals(name)) {
				count++;
			}
		}
		return count;
	}
}
