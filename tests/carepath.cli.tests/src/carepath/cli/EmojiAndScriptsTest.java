package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text pasted from whiteboards and chats (emoji beyond the Basic Multilingual Plane, right-to-left
 * script, accents, combining marks) is drawn and packed in every format; the SVG and HTML stay
 * well-formed XML and keep the emoji, which the reader's own font draws.
 */
class EmojiAndScriptsTest {
	private static final String MIXED = "😀 שלום عربي café e\u0301 👨\u200D👩\u200D👧";

	private static Path model(Path folder) throws Exception {
		return Files.writeString(folder.resolve("pasted.journey"), """
				need talk "Someone to talk to %1$s"
				persona sam "Sam %1$s" { needs talk }
				ecosystem board "Board %1$s" {
				  service cafe "Recovery cafe %1$s" { provides "Tea %1$s" meets talk }
				  service gp "GP %1$s"
				  referral gp -> cafe { criteria "Any %1$s" }
				}
				journey day "A day %1$s" {
				  persona sam
				  ecosystem board
				  stage s "Stage %1$s" {
				    step a "Step %1$s" { at gp person feels -1 "Waited %1$s" }
				    step b "Next %1$s" { at cafe person feels +2 "Better %1$s" }
				  }
				}
				""".formatted(MIXED));
	}

	@Test
	void everyViewRendersInEveryFormat(@TempDir Path folder) throws Exception {
		Path journey = model(folder);
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("render", journey.toString(), "--format", "svg,png,pdf", "-o", out.toString());
		assertEquals(0, run.exit(), run.err());
		run.assertNoStackTrace();
		for (String line : run.outLines()) {
			if (line.endsWith(".svg")) {
				String svg = Files.readString(Path.of(line));
				assertTrue(svg.contains("😀"), line + " keeps the emoji");
				wellFormed(Files.readAllBytes(Path.of(line)));
			}
		}
		assertTrue(run.outLines().stream().anyMatch(line -> line.endsWith(".pdf")));
	}

	@Test
	void thePackIsWrittenAsHtmlAndPdf(@TempDir Path folder) throws Exception {
		Path journey = model(folder);
		Path out = folder.resolve("pack");
		CliRun run = CliRun.of("report", journey.toString(), "--format", "html,pdf", "-o", out.toString());
		assertEquals(0, run.exit(), run.err());
		String html = Files.readString(out.resolve("day.html"));
		assertTrue(html.contains("Waited " + MIXED), "the quote as written");
		assertTrue(Files.size(out.resolve("day.pdf")) > 0);
	}

	private static void wellFormed(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}
}
