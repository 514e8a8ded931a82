package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The `carepath check` command as a user and a CI job see it: output lines and exit codes. */
class CheckCommandTest {

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	@Test
	void examplesHaveFindingsButNoErrors() {
		CliRun run = run("check", "../../examples");
		assertEquals("10 files checked: 0 errors, 65 warnings, 33 notes.\n", run.err());
		assertEquals(98, run.outLines().size());
		assertTrue(run.outLines().stream().allMatch(line -> line.contains(": warning: ") || line.contains(": info: ")), run.out());
		assertEquals(0, run.exit());
	}

	@Test
	void projectSettingsSetSeveritiesAndThresholds(@TempDir Path project) throws Exception {
		Files.writeString(project.resolve("a.journey"), """
				persona p
				journey j { persona p stage s { step one { waits 3 weeks person feels 0 professional feels 0 } } }
				""");
		assertEquals(0, run("check", project.toString()).exit(), "3 weeks is within the default limit");
		Files.writeString(project.resolve("carepath.properties"), "long-wait = error\nwait-limit = 2 weeks\ntotal-wait = off\n");
		CliRun run = run("check", project.resolve("a.journey").toString());
		assertEquals(1, run.exit());
		assertEquals(List.of(project.resolve("a.journey")
				+ ":2:50: error: p waits 3 weeks before this step, longer than the limit of 2 weeks. [long-wait]"), run.outLines());
	}

	@Test
	void unusableSettingsAreErrorsInTheSettingsFile(@TempDir Path project) throws Exception {
		Files.writeString(project.resolve("a.journey"), "need a\n");
		Path settings = Files.writeString(project.resolve("my.properties"), "# ours\nwait-limit = soon\n");
		CliRun run = run("check", "--settings", settings.toString(), project.toString());
		assertEquals(1, run.exit());
		assertEquals(List.of(settings + ":2:14: error: 'soon' is not a valid wait-limit: write a number and a unit, e.g. '4 weeks' [bad-setting]"),
				run.outLines());
		CliRun missing = run("check", "--settings", project.resolve("none.properties").toString(), project.toString());
		assertEquals(2, missing.exit());
		assertEquals("carepath: " + project.resolve("none.properties") + ": no such settings file\n", missing.err());
	}

	@Test
	void findingsGroupedByWorkshopQuestion() {
		CliRun run = run("check", "--by-question", "../../examples/mental-health");
		assertEquals(0, run.exit());
		List<String> lines = run.outLines();
		int wrongDoors = lines.indexOf("## Where are the wrong doors?");
		int waiting = lines.indexOf("## Where does the person wait, and for how long?");
		assertTrue(wrongDoors > 0 && waiting >= 0 && waiting < wrongDoors, run.out());
		assertTrue(lines.get(wrongDoors + 1).endsWith("[wrong-door]"), lines.get(wrongDoors + 1));
	}

	@Test
	void problemsAreSortedCompilerStyleLines(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("b.journey"), "need a\nneed a\n");
		Files.writeString(folder.resolve("a.journey"), "persona p { needs nope }\nnee x\n");
		CliRun run = run("check", folder.toString());
		assertEquals(1, run.exit());
		List<String> lines = run.outLines();
		assertEquals(3, lines.size(), run.out());
		String a = folder.resolve("a.journey").toString();
		assertEquals(a + ":1:19: error: No need named 'nope' is known here. [unresolved-name]", lines.get(0));
		assertTrue(lines.get(1).startsWith(a + ":2:1: error: "), lines.get(1));
		assertTrue(lines.get(1).endsWith("[syntax-error]"), lines.get(1));
		assertEquals(folder.resolve("b.journey") + ":2:6: error: There is already a need named 'a' here, at line 1. [duplicate-name]",
				lines.get(2));
		assertTrue(run.err().startsWith("2 files checked: 3 errors, 0 warnings, 0 notes."), run.err());
		run.assertNoStackTrace();
	}

	@Test
	void jsonForMachines(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.journey"), "ecosystem e { service s referral s -> s }\n");
		CliRun run = run("check", "--format", "json", folder.toString());
		assertEquals(1, run.exit());
		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(1, report.get("files").getAsInt());
		assertEquals(1, report.get("errors").getAsInt());
		JsonObject problem = report.getAsJsonArray("problems").get(0).getAsJsonObject();
		assertEquals("self-connection", problem.get("code").getAsString());
		assertEquals(null, problem.get("question"), "a language problem answers no workshop question");
		JsonObject finding = report.getAsJsonArray("problems").asList().stream().map(e -> e.getAsJsonObject())
				.filter(p -> p.get("code").getAsString().equals("no-decider")).findFirst().orElseThrow();
		assertEquals("warning", finding.get("severity").getAsString());
		assertEquals("access", finding.get("question").getAsString());
		assertEquals("Are access criteria stated, and is it clear who decides?", finding.get("questionText").getAsString());
		assertEquals(1, problem.get("line").getAsInt());
		assertEquals("error", problem.get("severity").getAsString());
		assertEquals("Connection", problem.get("element").getAsString());
	}

	@Test
	void missingFileIsAnIoProblem() {
		CliRun run = run("check", "no/such/place.journey");
		assertEquals(2, run.exit());
		assertEquals("carepath: no/such/place.journey: no such file or folder\n", run.err());
		assertEquals("", run.out());
	}

	@Test
	void notUtf8IsAnIoProblem(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("x.journey");
		Files.write(file, new byte[] { 'n', 'e', 'e', 'd', ' ', (byte) 0xff, '\n' });
		CliRun run = run("check", file.toString());
		assertEquals(2, run.exit());
		assertEquals("carepath: " + file + ":1: not UTF-8 text; save the file as UTF-8\n", run.err());
	}

	@Test
	void usageProblems() {
		CliRun none = run();
		assertEquals(2, none.exit());
		assertTrue(none.err().startsWith("carepath: name a command"), none.err());
		CliRun noPath = run("check");
		assertEquals(2, noPath.exit());
		assertTrue(noPath.err().contains("PATH"), noPath.err());
		CliRun badFormat = run("check", "--format", "xml", "x");
		assertEquals(2, badFormat.exit());
		assertTrue(badFormat.err().startsWith("carepath: Invalid value for option '--format'"), badFormat.err());
		CliRun unknown = run("frobnicate");
		assertEquals(2, unknown.exit());
		unknown.assertNoStackTrace();
	}

	@Test
	void helpAndVersion() {
		CliRun help = run("check", "--help");
		assertEquals(0, help.exit());
		assertTrue(help.out().contains("--format"), help.out());
		assertEquals("carepath 0.1.0\n", run("--version").out());
	}
}
