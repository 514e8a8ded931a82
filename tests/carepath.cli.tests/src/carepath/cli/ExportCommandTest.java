package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `carepath export`: the files each format writes, and the exit codes. */
class ExportCommandTest {

	private static List<String> names(CliRun run) {
		return run.outLines().stream().map(line -> Path.of(line).getFileName().toString()).sorted().toList();
	}

	@Test
	void eachFormat(@TempDir Path out) throws Exception {
		CliRun xmi = CliRun.of("export", "../../examples/mental-health", "--format", "xmi", "-o", out.resolve("x").toString());
		assertEquals(0, xmi.exit(), xmi.err());
		assertEquals(List.of("needs.xmi", "sam-challenges.xmi", "sam-good-practice.xmi", "sam.xmi", "system-map.xmi"), names(xmi));
		CliRun mermaid = CliRun.of("export", "../../examples/mental-health", "--format", "mermaid", "-o", out.resolve("m").toString());
		assertEquals(List.of("samChallenges.mmd", "samGoodPractice.mmd"), names(mermaid));
		assertTrue(Files.readString(out.resolve("m/samChallenges.mmd")).startsWith("journey\n  title Sam looks for help"));
		CliRun kumu = CliRun.of("export", "../../examples/mental-health", "--format", "kumu", "-o", out.resolve("k").toString());
		assertEquals(List.of("riverside.connections.csv", "riverside.elements.csv"), names(kumu));
		CliRun json = CliRun.of("export", "../../examples/mental-health", "--format", "json", "-o", out.resolve("j").toString());
		assertEquals(List.of("carepath.json"), names(json));
		assertEquals("1 file written to " + out.resolve("j") + ".\n", json.err());
	}

	@Test
	void errorsAndUsage(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.journey"), "journey a { persona nobody }\n");
		CliRun broken = CliRun.of("export", folder.toString(), "--format", "json", "-o", folder.resolve("out").toString());
		assertEquals(1, broken.exit());
		assertTrue(!Files.exists(folder.resolve("out")));
		CliRun noFormat = CliRun.of("export", folder.toString());
		assertEquals(2, noFormat.exit());
		noFormat.assertNoStackTrace();
	}

	@Test
	void takesTheSettingsAsTheOtherCommandsDo(@TempDir Path folder) throws Exception {
		// A project that treats wrong doors as errors is not exported while it has one, as it is not drawn.
		Path settings = Files.writeString(folder.resolve("strict.properties"), "wrong-door = error\n");
		CliRun strict = CliRun.of("export", "../../examples/mental-health", "--settings", settings.toString(), "--format", "json",
				"-o", folder.resolve("out").toString());
		assertEquals(1, strict.exit(), strict.err());
		assertTrue(strict.err().contains("[wrong-door]"), strict.err());
		assertTrue(!Files.exists(folder.resolve("out")));
		strict.assertNoStackTrace();
	}

	@Test
	void outputCannotEscapeItsFolder(@TempDir Path folder) {
		assertEquals(folder.resolve("a.svg").toAbsolutePath(), OutputPaths.inside(folder, "a.svg"));
		assertThrows(IllegalArgumentException.class, () -> OutputPaths.inside(folder, "../a.svg"));
		assertThrows(IllegalArgumentException.class, () -> OutputPaths.inside(folder, "sub/a.svg"));
		assertThrows(IllegalArgumentException.class, () -> OutputPaths.inside(folder, ".."));
	}
}
