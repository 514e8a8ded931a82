package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `carepath import` on ordinary mistakes: a clear message and exit 2 or a skipped line, never an
 * internal failure; a link at the target is a file that needs --force, and is then replaced, not
 * followed.
 */
class ImportMistakesTest {

	@Test
	void aBadlyQuotedCellIsReportedWithItsLine(@TempDir Path folder) throws Exception {
		Path sheet = Files.writeString(folder.resolve("map.csv"), "kind,name,title\nservice,a,A\nservice,b,\"B\"C\n");
		CliRun run = CliRun.of("import", sheet.toString());
		run.assertNoStackTrace();
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().startsWith("carepath: " + sheet + ": line 3: "), run.err());
		assertFalse(Files.exists(folder.resolve("map.journey")));
	}

	@Test
	void aHugeMermaidScoreSkipsTheLine(@TempDir Path folder) throws Exception {
		Path diagram = Files.writeString(folder.resolve("day.mmd"), "journey\n  section S\n    Tea: 99999999999: Me\n    Work: 3: Me\n");
		CliRun run = CliRun.of("import", diagram.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(diagram + ":3: warning: a score goes from 1 to 5, not 99999999999; the line was skipped\n", run.err());
	}

	@Test
	void theTargetMustBeAJourneyFile(@TempDir Path folder) throws Exception {
		Path diagram = Files.writeString(folder.resolve("day.mmd"), "journey\n  section S\n    Tea: 3: Me\n");
		CliRun run = CliRun.of("import", diagram.toString(), "-o", folder.resolve("notes.txt").toString());
		assertEquals(2, run.exit());
		assertEquals("carepath: " + folder.resolve("notes.txt") + ": the file to write must end in .journey\n", run.err());
	}

	@Test
	void aFileWithoutExtensionIsRefused(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("board"), "journey\n");
		CliRun run = CliRun.of("import", file.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("carepath: " + file + ": give a sheet (.csv)"), run.err());
	}

	@Test
	void foldersAreRefusedEvenWithForce(@TempDir Path folder) throws Exception {
		Path diagram = Files.writeString(folder.resolve("day.mmd"), "journey\n  section S\n    Tea: 3: Me\n");
		Path target = Files.createDirectories(folder.resolve("out.journey"));
		CliRun toFolder = CliRun.of("import", diagram.toString(), "-o", target.toString(), "--force");
		assertEquals(2, toFolder.exit());
		assertEquals("carepath: " + target + " is a folder; name the .journey file to write\n", toFolder.err());
		Path input = Files.createDirectories(folder.resolve("in.csv"));
		CliRun fromFolder = CliRun.of("import", input.toString(), "--force");
		assertEquals(2, fromFolder.exit());
		assertEquals("carepath: " + input + ": is a folder; give a file\n", fromFolder.err());
	}

	@Test
	void aDanglingLinkAtTheTargetNeedsForceAndIsThenReplaced(@TempDir Path folder) throws Exception {
		Path diagram = Files.writeString(folder.resolve("day.mmd"), "journey\n  section S\n    Tea: 3: Me\n");
		Path elsewhere = folder.resolve("elsewhere.journey");
		Path link = Files.createSymbolicLink(folder.resolve("day.journey"), elsewhere);
		CliRun refused = CliRun.of("import", diagram.toString());
		assertEquals(2, refused.exit());
		assertEquals("carepath: " + link + " exists; add --force to replace it\n", refused.err());
		assertFalse(Files.exists(elsewhere));
		assertEquals(0, CliRun.of("import", diagram.toString(), "--force").exit());
		assertFalse(Files.exists(elsewhere), "the link was not followed");
		assertFalse(Files.isSymbolicLink(link));
		assertTrue(Files.readString(link).contains("step tea"));
	}
}
