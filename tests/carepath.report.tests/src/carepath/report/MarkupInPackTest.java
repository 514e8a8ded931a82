package carepath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.report.WorkshopPack.PackFile;

/** Names, titles and quotes are the modeller's text: in the pack they show as text, never as markup or script. */
class MarkupInPackTest {
	/** The browser test opens the pack of the same file. */
	private static final Path HOSTILE = Path.of("../browser/fixtures/hostile.journey");
	private static final String SCRIPT = "<script>alert('pack')</script>";
	private static final String STYLE = "</style><style>body{display:none}</style>";

	static ModelSet hostileModel() throws IOException {
		ModelSet set = JourneyLanguage.newModelSet();
		set.add("hostile.journey", URI.createFileURI(HOSTILE.toAbsolutePath().toString()), Files.readString(HOSTILE));
		EcoreUtil.resolveAll(set.resourceSet());
		assertEquals(List.of(), set.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList(),
				"the model itself is valid");
		return set;
	}

	@Test
	void modelTextNeverBecomesMarkup() throws IOException {
		List<PackFile> pack = WorkshopPack.html(PackFixtures.input(hostileModel()));
		for (PackFile file : pack) {
			Document page = PackFixtures.parse(file);
			assertEquals(0, page.getElementsByTagNameNS("*", "script").getLength(), file.name());
			assertEquals(0, page.getElementsByTagNameNS("*", "img").getLength(), file.name());
			assertEquals(1, page.getElementsByTagNameNS("*", "style").getLength(), file.name() + ": only the pack's own style");
			String html = new String(file.content(), StandardCharsets.UTF_8);
			assertFalse(html.contains("<script") || html.contains("<img") || html.contains("]]>"), file.name());
		}
		Document journey = PackFixtures.parse(PackFixtures.file(pack, "j.html"));
		String text = journey.getDocumentElement().getTextContent();
		assertTrue(text.contains(SCRIPT), "the title shows as written");
		assertTrue(text.contains(STYLE), "the persona's about shows as written");
	}
}
