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

import carepath.ui.editor.Snapshot;

/** A referral that can be refused gets somewhere to send people who are declined. */
class AddDeclinedPathwayTest {
	private static final String CODE = "no-declined-pathway";
	private static final String NEEDS = """
			need mentalHealth "Mental health"
			need substanceUse "Substance use"
			""";

	@Test
	void oneFixPerOtherServiceThoseMeetingTheSameNeedsFirst() {
		Snapshot before = snapshot(NEEDS + """
				ecosystem lothian {
				  service gp "GP practice" { meets mentalHealth }
				  service cmht "Community Mental Health Team" { meets mentalHealth }
				  service cafe "Recovery cafe" { meets substanceUse }
				  service primaryCareMH "Primary care mental health" { meets mentalHealth }
				  referral gp -> cmht {
				    criteria "Moderate to severe mental illness"
				    decided by "CMHT duty worker"
				  }
				}
				""");
		Issue finding = issue(before, CODE, "cmht");
		List<TextFix> fixes = new AddDeclinedPathway().fixes(finding, before);
		assertEquals(List.of("Add 'if declined -> primaryCareMH'", "Add 'if declined -> cafe'"), labels(fixes));
		Snapshot after = applyAndCheck(before, finding, fixes.get(0));
		assertTrue(after.text().contains("""
				    decided by "CMHT duty worker"
				    if declined -> primaryCareMH
				  }
				"""), after.text());
	}

	@Test
	void aReferralWithoutBracesGetsThem() {
		Snapshot before = snapshot("""
				ecosystem lothian {
				  service gp "GP practice"
				  service cmht "Community Mental Health Team" { access "Moderate to severe mental illness" }
				  service cafe "Recovery cafe"
				  referral gp -> cmht
				}
				""");
		Issue finding = issue(before, CODE, "cmht");
		Snapshot after = applyAndCheck(before, finding, new AddDeclinedPathway().fixes(finding, before).get(0));
		assertTrue(after.text().contains("  referral gp -> cmht { if declined -> cafe }\n"), after.text());
	}

	@Test
	void aReferralOnOneLineStaysOnOneLine() {
		Snapshot before = snapshot("""
				ecosystem lothian {
				  service gp "GP practice"
				  service cmht "Community Mental Health Team"
				  service cafe "Recovery cafe"
				  referral gp -> cmht "Referral" { criteria "Moderate to severe mental illness" joint }
				}
				""");
		Issue finding = issue(before, CODE, "cmht");
		Snapshot after = applyAndCheck(before, finding, new AddDeclinedPathway().fixes(finding, before).get(0));
		assertTrue(after.text().contains(
				"referral gp -> cmht \"Referral\" { criteria \"Moderate to severe mental illness\" joint if declined -> cafe }"),
				after.text());
	}

	@Test
	void nothingWhenThereIsNoOtherService() {
		Snapshot before = snapshot("""
				ecosystem lothian {
				  service gp "GP practice"
				  service cmht "CMHT" { access "Moderate to severe mental illness" }
				  referral gp -> cmht
				}
				""");
		assertEquals(List.of(), new AddDeclinedPathway().fixes(issue(before, CODE, "cmht"), before));
	}
}
