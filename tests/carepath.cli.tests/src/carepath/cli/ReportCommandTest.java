package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `carepath report`: the pack's files, its formats and its exit codes. */
class ReportCommandTest {

	@Test
	void anHtmlPagePerMapAndAnIndexByDefault(@TempDir Path out) throws Exception {
		CliRun run = CliRun.of("report", "../../examples/mental-health", "-o", out.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(List.of("index.html", "riverside.html", "samChallenges.html", "samGoodPractice.html"),
				run.outLines().stream().map(line -> Path.of(line).getFileName().toString()).sorted().toList());
		assertEquals("4 files written to " + out + ".\n", run.err(), "nothing else on the console");
		String page = Files.readString(out.resolve("samChallenges.html"), StandardCharsets.UTF_8);
		assertTrue(page.startsWith("<!DOCTYPE html>"));
		assertTrue(page.contains("Where does the person wait, and for how long?"));
	}

	@Test
	void pdfToo(@TempDir Path out) throws Exception {
		CliRun run = CliRun.of("report", "../../examples/heart-failure", "--format", "html,pdf", "-o", out.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("9 files written to " + out + ".\n", run.err());
		assertTrue(new String(Files.readAllBytes(out.resolve("hfRiaNu.pdf")), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
	}

	@Test
	void modelsWithErrorsGiveNoPack(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.journey"), "journey a { persona nobody }\n");
		CliRun run = CliRun.of("report", folder.toString(), "-o", folder.resolve("pack").toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().endsWith("carepath: fix the errors above before making the pack\n"), run.err());
		assertFalse(Files.exists(folder.resolve("pack")));
	}

	@Test
	void badOptionsAndEmptyProjectsAreUsageErrors(@TempDir Path folder) throws Exception {
		CliRun format = CliRun.of("report", "../../examples", "--format", "docx", "-o", folder.toString());
		assertEquals(2, format.exit());
		format.assertNoStackTrace();
		Files.writeString(folder.resolve("needs.journey"), "need n \"A need\"\n");
		CliRun empty = CliRun.of("report", folder.resolve("needs.journey").toString(), "-o", folder.resolve("pack").toString());
		assertEquals(2, empty.exit());
		assertEquals("carepath: no journey or ecosystem to make a pack of\n", empty.err());
	}
}
