package carepath.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import carepath.analysis.SettingsFile.Problem;

/** The project's carepath.properties: severities and thresholds, and the lines that cannot be used. */
class SettingsFileTest {

	@Test
	void defaultsWithoutAFile() {
		CheckSettings settings = CheckSettings.DEFAULTS;
		assertEquals(Severity.WARNING, settings.severityOf(WorkshopChecks.rule("wrong-door")));
		assertEquals(Severity.ERROR, settings.severityOf(WorkshopChecks.rule("personal-identifier")));
		assertEquals(Severity.INFO, settings.severityOf(WorkshopChecks.rule("not-joint")));
		assertEquals(4 * WaitTime.WEEK, settings.threshold(Threshold.WAIT_LIMIT));
		assertEquals(13 * WaitTime.WEEK, settings.threshold(Threshold.TOTAL_WAIT_LIMIT));
		assertEquals(3, settings.threshold(Threshold.CENTRAL_SERVICES));
	}

	@Test
	void severitiesAndThresholds() {
		SettingsFile.Read read = SettingsFile.parse("""
				# Our workshop's settings
				not-joint = off
				wrong-door: ERROR
				  wait-limit = 6 weeks   # the local standard
				systems-limit = 3
				total-wait-limit = 1 month
				""");
		assertEquals(List.of(), read.problems());
		CheckSettings settings = read.settings();
		assertEquals(Severity.OFF, settings.severityOf(WorkshopChecks.rule("not-joint")));
		assertEquals(Severity.ERROR, settings.severityOf(WorkshopChecks.rule("wrong-door")));
		assertEquals(Severity.WARNING, settings.severityOf(WorkshopChecks.rule("long-wait")), "unset keeps its default");
		assertEquals(6 * WaitTime.WEEK, settings.threshold(Threshold.WAIT_LIMIT));
		assertEquals(3, settings.threshold(Threshold.SYSTEMS_LIMIT));
		assertEquals(30 * WaitTime.DAY, settings.threshold(Threshold.TOTAL_WAIT_LIMIT));
	}

	@Test
	void unusableLinesAreLocatedAndSkipped() {
		SettingsFile.Read read = SettingsFile.parse("""
				wrong-dor = error
				wait-limit = soon
				not-joint = loud
				just some words
				central-services = 2
				""");
		assertEquals(List.of(
				new Problem(1, 1, "'wrong-dor' is neither a check nor a threshold (see docs/checks.md for both lists)"),
				new Problem(2, 14, "'soon' is not a valid wait-limit: write a number and a unit, e.g. '4 weeks'"),
				new Problem(3, 13, "'loud' is not a severity: write error, warning, info or off"),
				new Problem(4, 1, "expected 'key = value', e.g. 'wait-limit = 6 weeks'")), read.problems());
		assertEquals(2, read.settings().threshold(Threshold.CENTRAL_SERVICES), "good lines still count");
	}

	@Test
	void foundInTheFolderOrAbove(@TempDir Path project) throws Exception {
		Path maps = Files.createDirectories(project.resolve("maps/2026"));
		Path file = Files.writeString(maps.resolve("a.journey"), "need a");
		assertEquals(Optional.empty(), SettingsFile.find(file).filter(found -> found.startsWith(project)));
		Path settings = Files.writeString(project.resolve(SettingsFile.NAME), "long-wait = error\n");
		assertEquals(Optional.of(settings), SettingsFile.find(file));
		assertEquals(Optional.of(settings), SettingsFile.find(maps));
		assertEquals(Severity.ERROR, SettingsFile.read(settings).settings().severityOf(WorkshopChecks.rule("long-wait")));
	}

	@Test
	void notUtf8IsReportedNotThrown(@TempDir Path project) throws Exception {
		Path settings = Files.write(project.resolve(SettingsFile.NAME), new byte[] { 'a', ' ', '=', (byte) 0xFF });
		assertEquals(List.of(new Problem(1, 1, "the settings file is not UTF-8 text; it was ignored")),
				SettingsFile.read(settings).problems());
	}

	@Test
	void waitsAreReadAndWrittenAsPeopleSayThem() {
		assertEquals(WaitTime.WEEK, WaitTime.parse("1 week").getAsLong());
		assertEquals(36 * WaitTime.HOUR, WaitTime.parse("36 hours").getAsLong());
		assertTrue(WaitTime.parse("weeks").isEmpty());
		assertTrue(WaitTime.parse("3 fortnights").isEmpty());
		assertEquals("3 weeks 2 days", WaitTime.format(3 * WaitTime.WEEK + 2 * WaitTime.DAY + 5));
		assertEquals("45 minutes", WaitTime.format(45));
		assertEquals("none", WaitTime.format(0));
	}

	@Test
	void everyRuleHasAUniqueCodeAQuestionAndADescription() {
		List<String> codes = WorkshopChecks.rules().stream().map(WorkshopRule::code).toList();
		assertEquals(codes.size(), codes.stream().distinct().count(), codes.toString());
		for (WorkshopRule rule : WorkshopChecks.rules()) {
			assertTrue(rule.code().matches("[a-z]+(-[a-z]+)*"), rule.code());
			assertTrue(rule.question() != null && !rule.description().isBlank(), rule.code());
			assertTrue(Threshold.byKey(rule.code()) == null, "a code must not also be a threshold key: " + rule.code());
		}
	}
}
