package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `carepath import`: a checked, formatted .journey file; bad lines reported; nothing overwritten unasked. */
class ImportCommandTest {

	@Test
	void mermaidBecomesACheckedJourney(@TempDir Path folder) throws Exception {
		Path diagram = Files.writeString(folder.resolve("day.mmd"),
				"journey\n  title A day\n  section Morning\n    Make tea: 5: Me\n    what is this\n    Work: 2: Me, Boss\n");
		CliRun run = CliRun.of("import", diagram.toString());
		assertEquals(0, run.exit(), run.err());
		Path journey = folder.resolve("day.journey");
		assertEquals(journey + "\n", run.out());
		assertEquals(diagram + ":5: warning: expected 'task: score: actors'; the line was skipped\n", run.err());
		assertEquals("""
				persona me "Me"
				journey aDay "A day" {
				  persona me
				  stage morning "Morning" {
				    step makeTea "Make tea" {
				      person feels +2
				    }
				    step work "Work" {
				      by "Boss"
				      person feels -1
				    }
				  }
				}""", Files.readString(journey).strip());
		CliRun check = CliRun.of("check", journey.toString());
		assertEquals(0, check.exit(), check.out());
	}

	@Test
	void existingFilesNeedForce(@TempDir Path folder) throws Exception {
		Path diagram = Files.writeString(folder.resolve("day.mmd"), "journey\n  section S\n    T: 3: Me\n");
		Path journey = Files.writeString(folder.resolve("mine.journey"), "need mine\n");
		CliRun refused = CliRun.of("import", diagram.toString(), "-o", journey.toString());
		assertEquals(2, refused.exit());
		assertEquals("carepath: " + journey + " exists; add --force to replace it\n", refused.err());
		assertEquals("need mine\n", Files.readString(journey));
		assertEquals(0, CliRun.of("import", diagram.toString(), "-o", journey.toString(), "--force").exit());
		assertTrue(Files.readString(journey).contains("step t \"T\""));
	}

	@Test
	void systemMapSheetBecomesACheckedEcosystem(@TempDir Path folder) throws Exception {
		Path sheet = Files.writeString(folder.resolve("area.csv"), """
				kind,name,title,category,setting,meets,from,to,criteria,if declined
				service,gp,GP practice,Health,community,Mental health,,,,
				service,team,Team,Health,community,Mental health,,,,
				service,cafe,Cafe,Community,community,Company,,,,
				referral,,,,,,gp,team,Severe,cafe
				""");
		CliRun run = CliRun.of("import", sheet.toString());
		assertEquals(0, run.exit(), run.err());
		String text = Files.readString(folder.resolve("area.journey"));
		assertTrue(text.startsWith("need mentalHealth \"Mental health\"\nneed company \"Company\"\necosystem area {"), text);
		assertTrue(text.contains("  referral gp -> team {\n    criteria \"Severe\"\n    if declined -> cafe\n  }"), text);
		assertEquals(0, CliRun.of("check", folder.resolve("area.journey").toString()).exit());
	}

	@Test
	void otherInputsAreUsageErrors(@TempDir Path folder) throws Exception {
		Path other = Files.writeString(folder.resolve("board.txt"), "a,b\n");
		CliRun run = CliRun.of("import", other.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("give a system map sheet (.csv) or a Mermaid journey diagram"), run.err());
		Path bad = Files.write(folder.resolve("x.mmd"), new byte[] { 'j', (byte) 0xff });
		assertEquals(2, CliRun.of("import", bad.toString()).exit());
		assertEquals(2, CliRun.of("import", folder.resolve("missing.mmd").toString()).exit());
	}
}
