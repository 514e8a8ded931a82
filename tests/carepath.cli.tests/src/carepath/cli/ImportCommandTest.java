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
		assertTrue(run.err().contains("give a sheet (.csv), a Mermaid journey diagram (.mmd, .mermaid) or an XMI file (.xmi)"), run.err());
		Path bad = Files.write(folder.resolve("x.mmd"), new byte[] { 'j', (byte) 0xff });
		assertEquals(2, CliRun.of("import", bad.toString()).exit());
		assertEquals(2, CliRun.of("import", folder.resolve("missing.mmd").toString()).exit());
	}

	@Test
	void miroStickyNotesBecomeACheckedEcosystem(@TempDir Path folder) throws Exception {
		Path board = Files.writeString(folder.resolve("workshop.csv"), """
				Type,Content,Frame,Tags
				sticky_note,<p>GP practice</p><p>Assessment</p>,Health services,
				sticky_note,<p></p>,Health services,
				frame,<p>Health services</p>,,
				sticky_note,<p>Recovery <em>cafe</em></p>,Community,
				""");
		CliRun run = CliRun.of("import", board.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(board + ":3: warning: an empty note; the row was skipped\n", run.err());
		assertEquals("""
				ecosystem workshop {
				  category healthServices "Health services"
				  category community "Community"
				  service gpPractice "GP practice" in healthServices {
				    provides "Assessment"
				  }
				  service recoveryCafe "Recovery cafe" in community
				}""", Files.readString(folder.resolve("workshop.journey")).strip());
		assertEquals(0, CliRun.of("check", folder.resolve("workshop.journey").toString()).exit());
	}

	@Test
	void muralStickyNotesBecomeACheckedEcosystem(@TempDir Path folder) throws Exception {
		Path board = Files.writeString(folder.resolve("mural.csv"), "\uFEFFID,Text,BG Color,Sticky type,Border line,Position X,Position Y,Area,"
				+ "Link to,Last Updated By,Last Updated,Last Content Edited By,Last Content Edited,Tags,Integration Labels\n"
				+ "1,Food bank &amp; advice,#FCF281,Rectangle,,0,0,Community,,,,,,,\n"
				+ "2,\"Housing options\nHomelessness assessment\",#FCF281,Rectangle,,0,0,Council,,,,,,,\n");
		CliRun run = CliRun.of("import", board.toString());
		assertEquals(0, run.exit(), run.err());
		String text = Files.readString(folder.resolve("mural.journey"));
		assertTrue(text.contains("service foodBankAdvice \"Food bank & advice\" in community"), text);
		assertTrue(text.contains("service housingOptions \"Housing options\" in council {\n    provides \"Homelessness assessment\""), text);
		assertEquals(0, CliRun.of("check", folder.resolve("mural.journey").toString()).exit());
	}

	@Test
	void journeySheetBecomesACheckedJourneyWithItsServices(@TempDir Path folder) throws Exception {
		Path sheet = Files.writeString(folder.resolve("sam.csv"), """
				persona,stage,step,service,channel,person feels,pain,pain point,waits
				Sam,Seeking help,Sees his GP,GP practice,face-to-face,-1,waiting,Three weeks,3 weeks
				,,Referral,CMHT,letter,nine,,,
				""");
		CliRun run = CliRun.of("import", sheet.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(sheet + ":3: warning: 'nine' is not a score from -2 to +2; the person's experience was left out\n", run.err());
		String text = Files.readString(folder.resolve("sam.journey"));
		assertTrue(text.contains("ecosystem samServices \"sam services\" {\n  service gpPractice \"GP practice\"\n  service cmht \"CMHT\"\n}"), text);
		assertTrue(text.contains("    step seesHisGp \"Sees his GP\" {\n      at gpPractice via face-to-face\n"), text);
		assertEquals(0, CliRun.of("check", folder.resolve("sam.journey").toString()).exit());
	}

	@Test
	void xmiFromExportComesBackAsACheckedJourneyFile(@TempDir Path folder) throws Exception {
		assertEquals(0, CliRun.of("export", "../../examples/mental-health", "--format", "xmi", "-o", folder.toString()).exit());
		Path xmi = folder.resolve("sam-challenges.xmi");
		CliRun run = CliRun.of("import", xmi.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().startsWith(xmi + ":1: warning: refers to "), run.err());
		String text = Files.readString(folder.resolve("sam-challenges.journey"));
		assertTrue(text.startsWith("journey samChallenges "), text);
		assertTrue(text.contains("ecosystem riverside "), "what it refers to is included: " + text);
		CliRun check = CliRun.of("check", folder.resolve("sam-challenges.journey").toString());
		assertEquals(0, check.exit(), check.out());
	}

	@Test
	void xmiWithADocumentTypeIsRefused(@TempDir Path folder) throws Exception {
		Path xmi = Files.writeString(folder.resolve("evil.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
				<carepath:Model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:carepath="https://carepath.dev/model/1.0">
				  <elements xsi:type="carepath:Need" name="n" title="&e;"/>
				</carepath:Model>
				""");
		CliRun run = CliRun.of("import", xmi.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("carepath: " + xmi + ": line 2, column "), run.err());
		assertTrue(run.err().contains("DOCTYPE"), run.err());
		assertTrue(!run.err().contains("root:") && !run.out().contains("root:"), run.err());
		run.assertNoStackTrace();
		assertTrue(!Files.exists(folder.resolve("evil.journey")));
	}

	@Test
	void aSheetOfUnknownColumnsIsAUsageError(@TempDir Path folder) throws Exception {
		Path sheet = Files.writeString(folder.resolve("budget.csv"), "item,cost\nTea,3\n");
		CliRun run = CliRun.of("import", sheet.toString());
		assertEquals(2, run.exit());
		assertEquals("carepath: " + sheet + ": line 1: the columns of the first row are not those of a sheet Carepath reads: a system map sheet has "
				+ "'kind', a journey sheet 'step', a Mural export 'Text' and 'Area', a Miro export 'Content' (see docs/exchange.md)\n", run.err());
		assertTrue(!Files.exists(folder.resolve("budget.journey")));
	}

	@Test
	void aSheetHoldingAPersonalIdentifierIsNotImported(@TempDir Path folder) throws Exception {
		Path sheet = Files.writeString(folder.resolve("steps.csv"),
				"stage,step,service,person feels,person quote\nStart,First call,gp,-1,\"Ring me on 07700 900123 please\"\n");
		CliRun run = CliRun.of("import", sheet.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.err().startsWith(sheet + ": not imported; what it holds fails these checks"), run.err());
		assertTrue(run.err().contains("[personal-identifier]"), run.err());
		assertTrue(!run.err().contains("900123"), "the identifier is not repeated");
		assertTrue(!Files.exists(folder.resolve("steps.journey")));
	}
}
