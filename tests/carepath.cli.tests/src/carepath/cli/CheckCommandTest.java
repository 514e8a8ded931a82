package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The `carepath check` command as a user and a CI job see it: output lines and exit codes. */
class CheckCommandTest {

	private record Run(int exit, String out, String err) {
		List<String> outLines() {
			return out.isEmpty() ? List.of() : List.of(out.split("\n"));
		}
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static void assertNoStackTrace(Run run) {
		assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), "stack trace printed:\n" + run.err());
	}

	@Test
	void examplesAreClean() {
		Run run = run("check", "../../examples");
		assertEquals("", run.out());
		assertTrue(run.err().matches("\\d+ files checked: 0 errors, 0 warnings.\\n"), run.err());
		assertEquals(0, run.exit());
	}

	@Test
	void problemsAreSortedCompilerStyleLines(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("b.journey"), "need a\nneed a\n");
		Files.writeString(folder.resolve("a.journey"), "persona p { needs nope }\nnee x\n");
		Run run = run("check", folder.toString());
		assertEquals(1, run.exit());
		List<String> lines = run.outLines();
		assertEquals(3, lines.size(), run.out());
		String a = folder.resolve("a.journey").toString();
		assertEquals(a + ":1:19: error: No need named 'nope' is known here. [unresolved-name]", lines.get(0));
		assertTrue(lines.get(1).startsWith(a + ":2:1: error: "), lines.get(1));
		assertTrue(lines.get(1).endsWith("[syntax-error]"), lines.get(1));
		assertEquals(folder.resolve("b.journey") + ":2:6: error: There is already a need named 'a' here, at line 1. [duplicate-name]",
				lines.get(2));
		assertTrue(run.err().startsWith("2 files checked: 3 errors, 0 warnings."), run.err());
		assertNoStackTrace(run);
	}

	@Test
	void jsonForMachines(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.journey"), "ecosystem e { service s referral s -> s }\n");
		Run run = run("check", "--format", "json", folder.toString());
		assertEquals(1, run.exit());
		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(1, report.get("files").getAsInt());
		assertEquals(1, report.get("errors").getAsInt());
		JsonObject problem = report.getAsJsonArray("problems").get(0).getAsJsonObject();
		assertEquals("self-connection", problem.get("code").getAsString());
		assertEquals(1, problem.get("line").getAsInt());
		assertEquals("error", problem.get("severity").getAsString());
		assertEquals("Connection", problem.get("element").getAsString());
	}

	@Test
	void missingFileIsAnIoProblem() {
		Run run = run("check", "no/such/place.journey");
		assertEquals(2, run.exit());
		assertEquals("carepath: no/such/place.journey: no such file or folder\n", run.err());
		assertEquals("", run.out());
	}

	@Test
	void notUtf8IsAnIoProblem(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("x.journey");
		Files.write(file, new byte[] { 'n', 'e', 'e', 'd', ' ', (byte) 0xff, '\n' });
		Run run = run("check", file.toString());
		assertEquals(2, run.exit());
		assertEquals("carepath: " + file + ":1: not UTF-8 text; save the file as UTF-8\n", run.err());
	}

	@Test
	void usageProblems() {
		Run none = run();
		assertEquals(2, none.exit());
		assertTrue(none.err().startsWith("carepath: name a command"), none.err());
		Run noPath = run("check");
		assertEquals(2, noPath.exit());
		assertTrue(noPath.err().contains("PATH"), noPath.err());
		Run badFormat = run("check", "--format", "xml", "x");
		assertEquals(2, badFormat.exit());
		assertTrue(badFormat.err().startsWith("carepath: Invalid value for option '--format'"), badFormat.err());
		Run unknown = run("frobnicate");
		assertEquals(2, unknown.exit());
		assertNoStackTrace(unknown);
	}

	@Test
	void helpAndVersion() {
		Run help = run("check", "--help");
		assertEquals(0, help.exit());
		assertTrue(help.out().contains("--format"), help.out());
		assertEquals("carepath 0.1.0\n", run("--version").out());
	}
}
