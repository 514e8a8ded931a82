package carepath.ui.quickfix;

import static carepath.ui.quickfix.FixTexts.applyAndCheck;
import static carepath.ui.quickfix.FixTexts.issue;
import static carepath.ui.quickfix.FixTexts.labels;
import static carepath.ui.quickfix.FixTexts.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import carepath.dsl.validation.IssueCodes;
import carepath.ui.editor.Snapshot;

/** An unknown service or need is declared where it belongs, in the same text. */
class CreateMissingTest {

	@Test
	void aServiceIsAddedAfterTheLastServiceOfTheJourneysEcosystem() {
		Snapshot before = snapshot("""
				ecosystem lothian {
				  service gp "GP practice"
				  service cmht "Community Mental Health Team" { access "Moderate to severe" }
				  referral gp -> cmht { if declined -> gp }
				}
				journey j "J" {
				  ecosystem lothian
				  stage s "S" { step a "A" { at linkWorker } }
				}
				""");
		Issue unresolved = issue(before, IssueCodes.UNRESOLVED_NAME, "linkWorker");
		List<TextFix> fixes = new CreateMissingService().fixes(unresolved, before);
		assertEquals(List.of("Add service 'linkWorker' to ecosystem 'lothian'"), labels(fixes));
		Snapshot after = applyAndCheck(before, unresolved, fixes.get(0));
		assertEquals("""
				ecosystem lothian {
				  service gp "GP practice"
				  service cmht "Community Mental Health Team" { access "Moderate to severe" }
				  service linkWorker "linkWorker" { }
				  referral gp -> cmht { if declined -> gp }
				}
				journey j "J" {
				  ecosystem lothian
				  stage s "S" { step a "A" { at linkWorker } }
				}
				""", after.text());
	}

	@Test
	void aServiceGoesInsideTheBracesOfAnEcosystemWithoutServices() {
		Snapshot before = snapshot("""
				ecosystem lothian {
				\tstate as-is
				}
				journey j "J" { ecosystem lothian stage s "S" { step a "A" { at gp } } }
				""");
		Issue unresolved = issue(before, IssueCodes.UNRESOLVED_NAME, "gp");
		Snapshot after = applyAndCheck(before, unresolved, new CreateMissingService().fixes(unresolved, before).get(0));
		assertEquals("""
				ecosystem lothian {
				\tstate as-is
				\tservice gp "gp" { }
				}
				journey j "J" { ecosystem lothian stage s "S" { step a "A" { at gp } } }
				""", after.text());
	}

	@Test
	void noServiceIsAddedToAnEcosystemInAnotherFile() {
		String systemMap = "ecosystem lothian { service gp \"GP practice\" }\n";
		Snapshot before = snapshot("journey j \"J\" { ecosystem lothian stage s \"S\" { step a \"A\" { at linkWorker } } }\n",
				systemMap);
		Issue unresolved = issue(before, IssueCodes.UNRESOLVED_NAME, "linkWorker");
		assertEquals(List.of(), new CreateMissingService().fixes(unresolved, before));
	}

	@Test
	void noServiceForAJourneyWithoutEcosystemOrForANeed() {
		Snapshot before = snapshot("""
				persona sam "Sam" { needs housing }
				journey j "J" { persona sam stage s "S" { step a "A" { at linkWorker } } }
				""");
		assertEquals(List.of(), new CreateMissingService().fixes(issue(before, IssueCodes.UNRESOLVED_NAME, "linkWorker"), before));
		assertEquals(List.of(), new CreateMissingService().fixes(issue(before, IssueCodes.UNRESOLVED_NAME, "housing"), before));
	}

	@Test
	void aNeedIsAddedAfterTheLastNeed() {
		Snapshot before = snapshot("""
				// Needs first
				need mentalHealth "Mental health"
				need substanceUse "Substance use"

				persona sam "Sam" { needs mentalHealth, housing }
				""");
		Issue unresolved = issue(before, IssueCodes.UNRESOLVED_NAME, "housing");
		List<TextFix> fixes = new CreateMissingNeed().fixes(unresolved, before);
		assertEquals(List.of("Add need 'housing'"), labels(fixes));
		Snapshot after = applyAndCheck(before, unresolved, fixes.get(0));
		assertEquals("""
				// Needs first
				need mentalHealth "Mental health"
				need substanceUse "Substance use"
				need housing "housing"

				persona sam "Sam" { needs mentalHealth, housing }
				""", after.text());
	}

	@Test
	void aNeedMetByAServiceIsAddedBeforeTheFirstElementWhenTheTextHasNoNeeds() {
		Snapshot before = snapshot("""
				ecosystem lothian {
				  service gp "GP practice" { meets housing }
				}
				""");
		Issue unresolved = issue(before, IssueCodes.UNRESOLVED_NAME, "housing");
		Snapshot after = applyAndCheck(before, unresolved, new CreateMissingNeed().fixes(unresolved, before).get(0));
		assertEquals("""
				need housing "housing"
				ecosystem lothian {
				  service gp "GP practice" { meets housing }
				}
				""", after.text());
	}

	@Test
	void noNeedForAQualifiedNameOrAService() {
		Snapshot before = snapshot("""
				persona sam "Sam" { needs other.housing }
				ecosystem lothian { service gp }
				journey j "J" { ecosystem lothian stage s "S" { step a "A" { at linkWorker } } }
				""");
		assertEquals(List.of(), new CreateMissingNeed().fixes(issue(before, IssueCodes.UNRESOLVED_NAME, "other.housing"), before));
		assertEquals(List.of(), new CreateMissingNeed().fixes(issue(before, IssueCodes.UNRESOLVED_NAME, "linkWorker"), before));
	}
}
