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

/** `carepath compare AS_IS TO_BE [PATH...]`: the table, the JSON and the exit codes. */
class CompareCommandTest {
	private static final String HEART_FAILURE = "../../examples/heart-failure";

	@Test
	void journeysAsATable() {
		CliRun run = CliRun.of("compare", "hfRiaNu", "hfRiaStraks", HEART_FAILURE);
		assertEquals(0, run.exit(), run.err());
		List<String> lines = run.outLines();
		assertEquals("Journey as-is: Ria en haar hartfalen: de zorg nu (hfRiaNu)", lines.get(0));
		assertEquals("Journey to-be: Ria en haar hartfalen: zorg op afstand (hfRiaStraks)", lines.get(1));
		assertTrue(lines.contains(
				"  Total wait                  10 weeks 4 hours  4 weeks 30 minutes  -6 weeks 3 hours"), run.out());
		assertTrue(lines.contains("  Lowest person score                   -2             1            +3"), run.out());
		assertTrue(lines.contains("Stages") && lines.contains("  removed  Ontregeling en opname (ontregeling)")
				&& lines.contains("  added    Op tijd bijsturen (bijsturen)"), run.out());
		// A changed step says what changed, under it.
		int changed = lines.indexOf("  changed  Echo en gesprek met de cardioloog op één dag (poliBezoek)");
		assertTrue(changed > 0, run.out());
		assertTrue(lines.subList(changed + 1, changed + 6).contains("             wait before: 6 weeks → 2 weeks"), run.out());
		assertEquals("8 added, 8 removed, 6 changed, 0 kept.", lines.get(lines.size() - 1));
	}

	@Test
	void ecosystemsAsJson() {
		CliRun run = CliRun.of("compare", "--format", "json", "hfZorgNu", "hfZorgStraks", HEART_FAILURE);
		assertEquals(0, run.exit(), run.err());
		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("ecosystem", report.get("kind").getAsString().toLowerCase());
		JsonObject connections = report.getAsJsonArray("figures").asList().stream().map(e -> e.getAsJsonObject())
				.filter(f -> f.get("key").getAsString().equals("connections")).findFirst().orElseThrow();
		assertEquals(9, connections.get("before").getAsInt());
		assertEquals(13, connections.get("after").getAsInt());
		assertEquals("+4", connections.get("change").getAsString());
		assertTrue(report.getAsJsonArray("elements").asList().stream().map(e -> e.getAsJsonObject())
				.anyMatch(e -> e.get("name").getAsString().equals("telemonitoring") && e.get("change").getAsString().equals("removed")));
	}

	@Test
	void unknownNamesAndMismatchedKindsAreUsageErrors() {
		CliRun unknown = CliRun.of("compare", "hfRiaNu", "hfRiaLater", HEART_FAILURE);
		assertEquals(2, unknown.exit());
		assertEquals("carepath: no journey or ecosystem named 'hfRiaLater' in " + HEART_FAILURE + "\n", unknown.err());
		CliRun mixed = CliRun.of("compare", "hfRiaNu", "hfZorgStraks", HEART_FAILURE);
		assertEquals(2, mixed.exit());
		assertEquals("carepath: 'hfRiaNu' and 'hfZorgStraks' are not the same kind of map: compare two journeys or two ecosystems\n",
				mixed.err());
		mixed.assertNoStackTrace();
	}

	@Test
	void modelsWithErrorsAreNotCompared(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("a.journey"), "journey a { persona nobody }\njourney b\n");
		CliRun run = CliRun.of("compare", "a", "b", folder.toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().contains("[unresolved-name]") && run.err().endsWith("carepath: fix the errors above before comparing\n"),
				run.err());
		assertEquals("", run.out());
	}
}
