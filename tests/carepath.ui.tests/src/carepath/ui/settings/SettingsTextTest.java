package carepath.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import carepath.analysis.SettingsFile;
import carepath.analysis.Threshold;
import carepath.analysis.WaitTime;

/** Editing the text of carepath.properties: values change in place, nothing else does. */
class SettingsTextTest {

	@Test
	void theLastLineForAKeyIsTheOneChangedSinceItIsTheOneThatCounts() {
		String text = "wait-limit = 2 weeks\nwait-limit = 3 weeks # second thoughts\n";
		assertEquals("wait-limit = 2 weeks\nwait-limit = 5 weeks # second thoughts\n",
				SettingsText.withValues(text, Map.of("wait-limit", "5 weeks")));
	}

	@Test
	void commentsBlankLinesAndUnusableLinesStay() {
		String text = "# ours\n\n! old style comment\nnonsense line\nnot-joint=off\n";
		assertEquals("# ours\n\n! old style comment\nnonsense line\nnot-joint=info\nwrong-door = error\n",
				SettingsText.withValues(text, values("not-joint", "info", "wrong-door", "error")));
	}

	@Test
	void aKeyWithoutAValueGetsOneAndKeepsItsComment() {
		assertEquals("wait-limit = 6 weeks # to agree\n", SettingsText.withValues("wait-limit =# to agree\n", Map.of("wait-limit", "6 weeks")));
	}

	@Test
	void windowsLineEndsAndAMissingLastLineEndAreRespected() {
		assertEquals("# ours\nnot-joint = off\n", SettingsText.withValues("# ours", Map.of("not-joint", "off")));
		assertEquals("a = b\r\nnot-joint = off\r\n", SettingsText.withValues("a = b\r\n", Map.of("not-joint", "off")));
	}

	@Test
	void aNewFileStartsWithAnExplanationAndReadsBack() {
		String text = SettingsText.withValues("", values("wait-limit", "45 days", "not-joint", "off"));
		assertTrue(text.startsWith("# "), text);
		SettingsFile.Read read = SettingsFile.parse(text);
		assertEquals(0, read.problems().size(), read.problems().toString());
		assertEquals(45 * WaitTime.DAY, read.settings().threshold(Threshold.WAIT_LIMIT));
	}

	@Test
	void thresholdsAreShownInOneExactUnit() {
		assertEquals("45 days", ThresholdText.of(Threshold.WAIT_LIMIT, 45 * WaitTime.DAY));
		assertEquals("6 weeks", ThresholdText.of(Threshold.WAIT_LIMIT, 6 * WaitTime.WEEK));
		assertEquals("1 hour", ThresholdText.of(Threshold.WAIT_LIMIT, WaitTime.HOUR));
		assertEquals("3", ThresholdText.of(Threshold.CENTRAL_SERVICES, 3));
	}

	private static Map<String, String> values(String... keysAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return values;
	}
}
