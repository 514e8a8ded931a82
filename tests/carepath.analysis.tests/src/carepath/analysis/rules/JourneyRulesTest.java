package carepath.analysis.rules;

import static carepath.analysis.CheckedModels.findings;
import static carepath.analysis.CheckedModels.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.analysis.CheckSettings;
import carepath.analysis.CheckedModels;
import carepath.analysis.Threshold;
import carepath.analysis.WaitTime;

/** Each journey check on a journey that triggers it and on one that must not (exact mode). */
class JourneyRulesTest {
	/** Twelve lines: needs, systems, a persona with two needs, and a small system map. */
	private static final String BASE = """
			need care "Care"
			need housing "Housing"
			system rec "Record"
			system other "Other record"
			persona pat "Pat" { needs care, housing }
			ecosystem eco {
			  service gp { meets care records rec }
			  service team { meets care }
			  service cafe { meets housing }
			  referral gp -> team { if declined -> cafe }
			  signpost cafe -> gp
			}
			""";

	/** The base and a journey whose steps, one per line, start on line 15 in stage s. */
	private static String journey(String... steps) {
		return BASE + "journey trip { persona pat ecosystem eco\n  stage s {\n    " + String.join("\n    ", steps)
				+ "\n  }\n}\n";
	}

	private static String message(String code, String model) {
		List<String> messages = messages(CheckedModels.of(model), code);
		assertEquals(1, messages.size(), messages.toString());
		return messages.get(0);
	}

	@Test
	void sameInformationGatheredTwice() {
		String model = journey("step one { at gp gathers \"Address\", \"History\" in rec }",
				"step two { at team gathers \"address.\" in other }", "step three { at team gathers \"Medication\" in rec }");
		assertEquals(List.of("f1:16 InformationGathering"), findings("repeated-information", model));
		assertEquals("\"address.\" is gathered again: it was already gathered at step one (into Record, now into Other record).",
				message("repeated-information", model));
		assertEquals(List.of(), findings("repeated-information", model.replace("address.", "Allergies")));
	}

	@Test
	void informationWithNoSystem() {
		String model = journey("step one { at gp gathers \"Address\" }", "step two { at gp gathers \"History\" in rec }");
		assertEquals(List.of("f1:15 InformationGathering"), findings("no-system", model));
		assertEquals(List.of(), findings("no-system", model.replace("\"Address\" }", "\"Address\" in rec }")));
	}

	@Test
	void informationHeldInManySystems() {
		String model = journey("step one { at gp gathers \"Address\" in rec }", "step two { at team gathers \"History\" in other }");
		assertEquals(List.of("f1:13 Journey"), findings("many-systems", model));
		assertEquals("Pat's information is held in 2 IT systems: Record, Other record.", message("many-systems", model));
		assertEquals(List.of(), findings("many-systems", model.replace("in other", "in rec")));
	}

	@Test
	void waitOverTheLimit() {
		String model = journey("step one { at gp waits 5 weeks }", "step two { at team waits 4 weeks }");
		assertEquals(List.of("f1:15 Step"), findings("long-wait", model));
		assertEquals("Pat waits 5 weeks before this step, longer than the limit of 4 weeks.", message("long-wait", model));
		var strict = CheckedModels.of(model).useSettings(CheckSettings.DEFAULTS.withThreshold(Threshold.WAIT_LIMIT, 2 * WaitTime.WEEK));
		assertEquals(List.of("f1:15 Step", "f1:16 Step"), findings(strict, "long-wait"));
		assertEquals(List.of(), findings("long-wait", model.replace("5 weeks", "28 days")));
	}

	@Test
	void totalWaitPerStageAndJourney() {
		String model = BASE + """
				journey trip { persona pat ecosystem eco
				  stage first { step one { at gp waits 3 weeks } step two { at team waits 1 month } }
				  stage second { step three { at team waits 2 days } step four { at team } }
				  stage third { step five { at team } }
				}
				""";
		assertEquals(List.of("f1:13 Journey"), findings("total-wait", model));
		assertEquals("Pat waits 7 weeks 4 days in all: first 7 weeks 2 days, second 2 days.", message("total-wait", model));
		assertEquals(List.of(), findings("total-wait", journey("step one { at gp }")));
	}

	@Test
	void totalWaitOverTheLimit() {
		String model = journey("step one { at gp waits 10 weeks }", "step two { at team waits 4 weeks }");
		assertEquals(List.of("f1:13 Journey"), findings("long-total-wait", model));
		assertEquals(List.of(), findings("long-total-wait", model.replace("4 weeks", "3 weeks")));
	}

	@Test
	void handoverWithNoConnectionOnTheMap() {
		String model = journey("step one { at gp }", "step two { at team }", "step three { at cafe }", "step four { at team }");
		assertEquals(List.of("f1:18 Step"), findings("unmapped-handover", model));
		assertEquals("Unmapped handover from cafe to team: the system map eco has no referral, signpost or declined pathway between them.",
				message("unmapped-handover", model));
		// Staying at one service, and following the declined pathway, are no handovers to map.
		assertEquals(List.of(), findings("unmapped-handover",
				journey("step one { at gp }", "step two { at gp }", "step three { at team declined }", "step four { at cafe }")));
	}

	@Test
	void refusalWithNoStepAfterIt() {
		String model = journey("step one { at gp }", "step two { at team declined }", "backstage step three { at team }");
		assertEquals(List.of("f1:16 Step"), findings("falls-through-gap", model));
		assertEquals("Pat falls through a gap: after being declined at team, no further step follows. "
				+ "The system map sends people who are declined to cafe.", message("falls-through-gap", model));
		assertEquals(List.of(), findings("falls-through-gap", model.replace("backstage step three", "step three")));
	}

	@Test
	void stepAfterRefusalOffTheDeclinedPathway() {
		String model = journey("step one { at gp }", "step two { at team declined }", "backstage step note { at team }",
				"step three { at gp }");
		assertEquals(List.of("f1:18 Step"), findings("off-declined-pathway", model));
		assertEquals("After being declined at team, Pat goes to gp, not to cafe where the system map sends people who are declined.",
				message("off-declined-pathway", model));
		assertEquals(List.of(), findings("off-declined-pathway", model.replace("step three { at gp }", "step three { at cafe }")));
	}

	@Test
	void lowPointsWithoutChangeIdeas() {
		String model = journey("step one { at gp person feels -1 }", "step two { at gp pain waiting }",
				"step three { at gp person feels -2 idea \"Call back\" }", "step four { at gp person feels +1 }");
		assertEquals(List.of("f1:15 Step", "f1:16 Step"), findings("low-point-without-idea", model));
	}

	@Test
	void stepsWithoutThePersonsExperience() {
		String model = journey("step one { at gp person feels 0 }", "step two { at gp }", "backstage step three { at gp }");
		assertEquals(List.of("f1:16 Step"), findings("no-person-experience", model));
	}

	@Test
	void journeyWithoutAnyProfessionalExperience() {
		String model = journey("step one { at gp person feels 0 }", "step two { at gp }");
		assertEquals(List.of("f1:13 Journey"), findings("no-professional-experience", model));
		assertEquals(List.of(), findings("no-professional-experience", model.replace("step two { at gp }",
				"step two { at gp professional feels 1 }")));
	}

	@Test
	void personAndProfessionalFarApart() {
		String model = journey("step one { at gp person feels -2 professional feels 0 }",
				"step two { at gp person feels -1 professional feels 0 }");
		assertEquals(List.of("f1:15 Step"), findings("experience-gap", model));
		assertEquals("Pat (-2) and the professional (0) experienced this step very differently.", message("experience-gap", model));
	}

	@Test
	void needsNoVisitedServiceMeets() {
		String model = journey("step one { at gp }", "step two { at team }");
		assertEquals(List.of("f1:13 Journey"), findings("needs-missed", model));
		assertEquals("A need is missed: none of the services Pat visits meets Housing.", message("needs-missed", model));
		assertEquals(List.of(), findings("needs-missed", model.replace("step two { at team }", "step two { at cafe }")));
	}

	@Test
	void stageWithoutSteps() {
		String model = BASE + """
				journey trip { persona pat ecosystem eco
				  stage first { step one { at gp } }
				  stage later "Later"
				  stage after { }
				}
				""";
		assertEquals(List.of("f1:15 Stage", "f1:16 Stage"), findings("empty-stage", model));
	}

	@Test
	void goodPracticeMapWithoutGoodPractice() {
		String model = BASE + """
				journey trip { persona pat ecosystem eco shows good-practice
				  stage s { step one { at gp } }
				}
				""";
		assertEquals(List.of("f1:13 Journey"), findings("no-good-practice", model));
		assertEquals(List.of(), findings("no-good-practice", model.replace("{ at gp }", "{ at gp good \"Seen the same day\" }")));
		assertEquals(List.of(), findings("no-good-practice", model.replace("good-practice", "challenges")));
	}

	@Test
	void personalIdentifiersInPersonasAndJourneysButNotInSystemMaps() {
		String model = """
				persona pat "Pat" {
				  about "NHS number 943 476 5919, lives alone"
				  trait contact "pat.smith@example.org"
				}
				ecosystem eco { service gp "GP, call 0131 536 1000" }
				journey trip { persona pat ecosystem eco
				  stage s { step one { at gp person feels 0 "Born 12/03/1978, I told them twice" } }
				}
				""";
		assertEquals(List.of("f1:2 Persona", "f1:3 Trait", "f1:7 Experience"), findings("personal-identifier", model));
		assertEquals(List.of(
				"This text looks like it holds a personal identifier (NHS number); an anonymised case should not. Replace it with a made-up or general detail.",
				"This text looks like it holds a personal identifier (e-mail address); an anonymised case should not. Replace it with a made-up or general detail.",
				"This text looks like it holds a personal identifier (date of birth); an anonymised case should not. Replace it with a made-up or general detail."),
				messages(CheckedModels.of(model), "personal-identifier"));
		assertEquals(List.of(), findings("personal-identifier", model.replace("943 476 5919", "withheld")
				.replace("pat.smith@example.org", "by phone").replace("Born 12/03/1978", "Born in the seventies")));
	}
}
