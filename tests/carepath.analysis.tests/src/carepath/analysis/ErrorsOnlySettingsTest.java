package carepath.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Settings for a caller that asks only whether a model has errors: every check that would not report an error is off. */
class ErrorsOnlySettingsTest {

	@Test
	void onlyTheChecksSetToErrorStayOn() {
		CheckSettings settings = CheckSettings.DEFAULTS.withSeverity("wrong-door", Severity.ERROR).errorsOnly();
		for (WorkshopRule rule : WorkshopChecks.rules()) {
			Severity before = rule.code().equals("wrong-door") ? Severity.ERROR : CheckSettings.DEFAULTS.severityOf(rule);
			assertEquals(before == Severity.ERROR ? Severity.ERROR : Severity.OFF, settings.severityOf(rule), rule.code());
		}
		assertEquals(Severity.ERROR, settings.severityOf(WorkshopChecks.rule("personal-identifier")), "the privacy guard stays");
		assertEquals(Severity.OFF, settings.severityOf(WorkshopChecks.rule("no-decider")));
	}
}
