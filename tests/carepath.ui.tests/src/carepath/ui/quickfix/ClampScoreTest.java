package carepath.ui.quickfix;

import static carepath.ui.quickfix.FixTexts.applyAndCheck;
import static carepath.ui.quickfix.FixTexts.issue;
import static carepath.ui.quickfix.FixTexts.labels;
import static carepath.ui.quickfix.FixTexts.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import carepath.dsl.validation.IssueCodes;
import carepath.ui.editor.Snapshot;

/** A score outside -2..+2 becomes the nearest end of the scale. */
class ClampScoreTest {
	private static final String TEXT = """
			ecosystem lothian { service gp "GP practice" }
			journey j "J" {
			  ecosystem lothian
			  stage s "S" {
			    step a "A" { at gp person feels +5 "Wonderful" }
			    step b "B" { at gp professional feels -3 }
			  }
			}
			""";

	@Test
	void aHighScoreBecomesPlusTwo() {
		Snapshot before = snapshot(TEXT);
		Issue tooHigh = issue(before, IssueCodes.SCORE_OUT_OF_RANGE, "+5");
		List<TextFix> fixes = new ClampScore().fixes(tooHigh, before);
		assertEquals(List.of("Change the score to +2"), labels(fixes));
		Snapshot after = applyAndCheck(before, tooHigh, fixes.get(0));
		assertTrue(after.text().contains("person feels +2 \"Wonderful\""), after.text());
	}

	@Test
	void aLowScoreBecomesMinusTwo() {
		Snapshot before = snapshot(TEXT);
		Issue tooLow = issue(before, IssueCodes.SCORE_OUT_OF_RANGE, "-3");
		List<TextFix> fixes = new ClampScore().fixes(tooLow, before);
		assertEquals(List.of("Change the score to -2"), labels(fixes));
		Snapshot after = applyAndCheck(before, tooLow, fixes.get(0));
		assertTrue(after.text().contains("professional feels -2 }"), after.text());
	}
}
