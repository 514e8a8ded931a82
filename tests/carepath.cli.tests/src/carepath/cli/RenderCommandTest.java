package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `carepath render`: which files it writes, in which formats, and its exit codes. */
class RenderCommandTest {

	@Test
	void everyViewOfEveryMapByDefault(@TempDir Path out) throws Exception {
		CliRun run = CliRun.of("render", "../../examples/mental-health", "-o", out.toString());
		assertEquals(0, run.exit(), run.err());
		List<String> written = run.outLines().stream().map(line -> Path.of(line).getFileName().toString()).sorted().toList();
		assertEquals(List.of("riverside.needs.svg", "riverside.system.svg", "samChallenges.journey.svg", "samChallenges.route.svg",
				"samGoodPractice.journey.svg", "samGoodPractice.route.svg"), written);
		assertEquals("6 files written to " + out + ".\n", run.err());
		assertTrue(run.outLines().stream().allMatch(line -> Files.isRegularFile(Path.of(line))));
		for (String line : run.outLines()) {
			String svg = Files.readString(Path.of(line));
			assertTrue(svg.contains("<style type=\"text/css\">\n@font-face { font-family: 'DejaVu Sans'; font-weight: normal;"),
					line + " carries its font");
		}
	}

	@Test
	void detailSaysWhatServicesProvide(@TempDir Path out) throws Exception {
		CliRun plain = CliRun.of("render", "../../examples/mental-health", "--view", "system", "-o", out.resolve("plain").toString());
		CliRun detailed = CliRun.of("render", "../../examples/mental-health", "--view", "system", "--detail", "-o",
				out.resolve("detail").toString());
		assertEquals(0, plain.exit(), plain.err());
		assertEquals(0, detailed.exit(), detailed.err());
		assertTrue(Files.readString(out.resolve("detail/riverside.system.svg")).contains("Provides: Assessment"));
		assertTrue(!Files.readString(out.resolve("plain/riverside.system.svg")).contains("Provides: "));
	}

	@Test
	void chosenViewAndFormats(@TempDir Path out) throws Exception {
		CliRun run = CliRun.of("render", "../../examples/heart-failure", "--journey", "hfRiaStraks", "--view", "journey,compare",
				"--format", "png,pdf", "-o", out.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(List.of("hfRiaStraks.compare.pdf", "hfRiaStraks.compare.png", "hfRiaStraks.journey.pdf", "hfRiaStraks.journey.png"),
				run.outLines().stream().map(line -> Path.of(line).getFileName().toString()).sorted().toList());
		byte[] png = Files.readAllBytes(out.resolve("hfRiaStraks.journey.png"));
		assertEquals((byte) 0x89, png[0]);
		assertEquals('P', png[1]);
		assertTrue(new String(Files.readAllBytes(out.resolve("hfRiaStraks.journey.pdf")), 0, 5).startsWith("%PDF-"));
	}

	@Test
	void unknownNamesAndBadOptionsAreUsageErrors(@TempDir Path out) {
		CliRun unknown = CliRun.of("render", "../../examples", "--journey", "nobody", "-o", out.toString());
		assertEquals(2, unknown.exit());
		assertEquals("carepath: no journey named 'nobody'\n", unknown.err());
		CliRun view = CliRun.of("render", "../../examples", "--view", "poster", "-o", out.toString());
		assertEquals(2, view.exit());
		view.assertNoStackTrace();
	}

	@Test
	void modelsWithErrorsAreNotDrawn(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.journey"), "journey a { persona nobody }\n");
		CliRun run = CliRun.of("render", folder.toString(), "-o", folder.resolve("out").toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().endsWith("carepath: fix the errors above before drawing\n"), run.err());
		assertTrue(!Files.exists(folder.resolve("out")));
	}
}
