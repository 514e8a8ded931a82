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

/** Did you mean: an unresolved name becomes a close visible name. */
class DidYouMeanTest {
	private static final String SYSTEM_MAP = """
			need mentalHealth "Mental health"
			ecosystem lothian {
			  service gp "GP practice" { meets mentalHealth }
			  service adp "Alcohol and drug service"
			  service adb "Advice bureau"
			}
			""";

	@Test
	void aMistypedServiceBecomesTheSuggestedOne() {
		Snapshot before = snapshot("""
				persona sam "Sam" { needs mentalHealth }
				journey j "J" {
				  persona sam
				  ecosystem lothian
				  stage s "S" { step a "A" { at gpp person feels -1 } }
				}
				""", SYSTEM_MAP);
		Issue unresolved = issue(before, IssueCodes.UNRESOLVED_NAME, "gpp");
		List<TextFix> fixes = new DidYouMean().fixes(unresolved, before);
		assertEquals(List.of("Change to 'gp'"), labels(fixes));
		Snapshot after = applyAndCheck(before, unresolved, fixes.get(0), SYSTEM_MAP);
		assertTrue(after.text().contains("{ at gp person feels -1 }"), after.text());
	}

	@Test
	void aMistypedNeedInAnotherFileIsFound() {
		Snapshot before = snapshot("persona sam \"Sam\" { needs mentalHelth }\n", SYSTEM_MAP);
		Issue unresolved = issue(before, IssueCodes.UNRESOLVED_NAME, "mentalHelth");
		List<TextFix> fixes = new DidYouMean().fixes(unresolved, before);
		assertEquals(List.of("Change to 'mentalHealth'"), labels(fixes));
		applyAndCheck(before, unresolved, fixes.get(0), SYSTEM_MAP);
	}

	@Test
	void theLinkingSuggestionComesFirstThenOtherCloseNames() {
		Snapshot before = snapshot("""
				journey j "J" {
				  ecosystem lothian
				  stage s "S" { step a "A" { at adx } }
				}
				""", SYSTEM_MAP);
		Issue unresolved = issue(before, IssueCodes.UNRESOLVED_NAME, "adx");
		assertEquals("adb", unresolved.getData()[0]); // the message's suggestion, as issue data
		List<TextFix> fixes = new DidYouMean().fixes(unresolved, before);
		assertEquals(List.of("Change to 'adb'", "Change to 'adp'"), labels(fixes));
		Snapshot after = applyAndCheck(before, unresolved, fixes.get(1), SYSTEM_MAP);
		assertTrue(after.text().contains("{ at adp }"), after.text());
	}

	@Test
	void nothingWhenNoNameIsClose() {
		Snapshot before = snapshot("journey j \"J\" { persona somebodyElse }\n", SYSTEM_MAP);
		Issue unresolved = issue(before, IssueCodes.UNRESOLVED_NAME, "somebodyElse");
		assertEquals(List.of(), new DidYouMean().fixes(unresolved, before));
	}
}
