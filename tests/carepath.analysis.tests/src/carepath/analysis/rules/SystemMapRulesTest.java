package carepath.analysis.rules;

import static carepath.analysis.CheckedModels.findings;
import static carepath.analysis.CheckedModels.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.testing.TextEdits;
import carepath.analysis.CheckedModels;
import carepath.dsl.load.ModelSet;

/** Each system-map check on a model that triggers it and on one that must not (exact mode). */
class SystemMapRulesTest {
	private static final String NEEDS = """
			need care "Care"
			need housing "Housing"
			persona pat "Pat" { needs care, housing }
			""";

	@Test
	void referralWithCriteriaButNoDeclinedPathway() {
		String eco = """
				ecosystem eco {
				  service gp
				  service team { access "Severe illness only" }
				  service cafe
				  referral gp -> team { decided by "Team" joint }
				  referral gp -> cafe { decided by "Cafe" joint if declined -> gp }
				  referral team -> gp { criteria "Discharge" decided by "GP" joint if declined -> team }
				}
				""";
		assertEquals(List.of("f1:5 Connection"), findings("no-declined-pathway", eco));
		assertEquals(List.of(), findings("no-declined-pathway", eco.replace("{ decided by \"Team\" joint }",
				"{ decided by \"Team\" joint if declined -> cafe }")));
	}

	@Test
	void wrongDoorIsARestrictedDeadEnd() {
		String eco = """
				ecosystem eco {
				  service gp
				  service team { access "Severe illness only" }
				  service open
				  referral gp -> team
				  referral gp -> open
				}
				""";
		assertEquals(List.of("f1:3 Service"), findings("wrong-door", eco));
		// With a declined pathway the refused person has somewhere to go.
		assertEquals(List.of(), findings("wrong-door", eco.replace("referral gp -> team", "referral gp -> team { if declined -> open }")));
		// A restricted service that sends people on is not a dead end.
		assertEquals(List.of(), findings("wrong-door", eco.replace("referral gp -> open", "referral team -> open")));
	}

	@Test
	void unsupportedSignpostWhenThePersonaHasSeveralNeeds() {
		String eco = """
				ecosystem eco {
				  service gp { meets care }
				  service cafe { meets housing }
				  service club { meets housing }
				  signpost gp -> cafe
				  signpost gp -> club { supported }
				}
				journey trip { persona pat ecosystem eco stage s }
				""";
		assertEquals(List.of("f1:8 Connection"), findings("unsupported-signpost", NEEDS + eco));
		assertEquals(List.of("Unsupported signposting: signpost gp → cafe points people on alone. With 2 needs at once, as Pat has, people often"
				+ " do not get there without help: consider a supported handover."),
				messages(CheckedModels.of(NEEDS + eco), "unsupported-signpost"));
		String oneNeed = NEEDS.replace("needs care, housing", "needs care");
		assertEquals(List.of(), findings("unsupported-signpost", oneNeed + eco));
		// No journey goes through the map: nobody known to need support.
		assertEquals(List.of(), findings("unsupported-signpost", NEEDS + eco.replace("journey trip { persona pat ecosystem eco stage s }", "")));
	}

	@Test
	void referralsWithoutDeciderOrCriteriaAndDecisionsNotJoint() {
		String eco = """
				ecosystem eco {
				  service gp
				  service team { access "Referred by a GP" }
				  service club
				  referral gp -> team
				  referral gp -> club { criteria "Lonely" decided by "Club lead" }
				  referral club -> gp { criteria "Unwell" decided by "GP" joint }
				  signpost team -> club
				}
				""";
		assertEquals(List.of("f1:5 Connection"), findings("no-decider", eco));
		assertEquals(List.of(), findings("no-criteria", eco), "the target's access criteria count");
		assertEquals(List.of("f1:5 Connection"),
				findings("no-criteria", eco.replace("service team { access \"Referred by a GP\" }", "service team")));
		// Several referrals decided by one side: summed up once for the map, not a finding on each.
		assertEquals(List.of("f1:1 Ecosystem"), findings("not-joint", eco));
		assertEquals(List.of("2 of the 3 referrals are decided by one side, not jointly: gp → team; gp → club (\"Club lead\")."),
				messages(CheckedModels.of(eco), "not-joint"));
		// One such referral: named on its own line.
		String one = TextEdits.replacedOnce(eco, "  referral gp -> club { criteria \"Lonely\" decided by \"Club lead\" }\n", "");
		assertEquals(List.of("f1:5 Connection"), findings("not-joint", one));
		assertEquals(List.of("The decision on referral gp → team is not joint: it is made by one side."),
				messages(CheckedModels.of(one), "not-joint"));
	}

	@Test
	void referralLoopPassesThroughARefusal() {
		String eco = """
				ecosystem eco {
				  service gp
				  service cmht
				  service adp
				  referral gp -> cmht { if declined -> adp }
				  referral adp -> cmht { if declined -> gp }
				}
				""";
		// Refused by CMHT, sent to ADP, who refer back to CMHT: round again.
		assertEquals(List.of("f1:5 Connection"), findings("referral-loop", TextEdits.replacedOnce(eco, "if declined -> gp", "")));
		// Both refusals lead round: gp -> cmht (declined) -> adp -> cmht, and adp -> cmht (declined) -> gp -> cmht.
		assertEquals(List.of("f1:5 Connection", "f1:6 Connection"), findings("referral-loop", eco));
		assertEquals(List.of(
				"Referral loop: a person declined by cmht is sent to adp, and the pathways lead back to cmht (cmht → adp → cmht) without the need being met."),
				messages(CheckedModels.of(TextEdits.replacedOnce(eco, "if declined -> gp", "")), "referral-loop"));
		// Declined into the same loop from two referrals: one finding, not one per referral.
		assertEquals(List.of("f1:5 Connection"), findings("referral-loop", TextEdits.replacedOnce(eco,
				"  referral adp -> cmht { if declined -> gp }", "  referral adp -> cmht\n  referral ae -> cmht { if declined -> adp }\n  service ae")));
		// Referring back and forth between services that accept is not a loop.
		assertEquals(List.of(), findings("referral-loop", """
				ecosystem eco {
				  service gp
				  service cmht
				  service adp
				  referral gp -> cmht { if declined -> adp }
				  referral cmht -> gp
				}
				"""));
	}

	@Test
	void isolatedService() {
		String eco = """
				ecosystem eco {
				  service gp
				  service team
				  service lonely
				  referral gp -> team
				}
				""";
		assertEquals(List.of("f1:4 Service"), findings("isolated-service", eco));
		assertEquals(List.of(), findings("isolated-service", eco.replace("referral gp -> team", "referral gp -> team { if declined -> lonely }")));
		assertEquals(List.of(), findings("isolated-service", "ecosystem eco { service only }"), "one service has nothing to connect to");
	}

	@Test
	void needsOfThePersonasThatNoServiceMeets() {
		String eco = """
				ecosystem eco {
				  service gp { meets care }
				}
				journey trip { persona pat ecosystem eco stage s }
				""";
		assertEquals(List.of("f1:4 Ecosystem"), findings("unmet-need", NEEDS + eco));
		assertEquals(List.of("No service in eco meets the need Housing, which Pat has."),
				messages(CheckedModels.of(NEEDS + eco), "unmet-need"));
		assertEquals(List.of(), findings("unmet-need", NEEDS + eco.replace("meets care", "meets care, housing")));
		// Without a journey through it, the map answers to every persona of the project.
		assertEquals(List.of("f1:4 Ecosystem"), findings("unmet-need", NEEDS + eco.replace("journey trip { persona pat ecosystem eco stage s }", "")));
	}

	@Test
	void bottlenecksAreArticulationPoints() {
		String eco = """
				ecosystem eco {
				  service a
				  service hub
				  service b
				  service c
				  referral a -> hub
				  referral hub -> b
				  referral hub -> c
				  referral b -> c
				}
				""";
		assertEquals(List.of("f1:3 Service"), findings("bottleneck", eco));
		assertEquals(List.of("Bottleneck: without hub, 1 service would be cut off from the rest of the system."),
				messages(CheckedModels.of(eco), "bottleneck"));
		assertEquals(List.of(), findings("bottleneck", eco.replace("referral b -> c", "referral b -> c\n  referral c -> a")), "a ring has no cut point");
	}

	@Test
	void mostCentralServicesByBetweenness() {
		String eco = """
				ecosystem eco {
				  service a
				  service b
				  service hub
				  service c
				  service d
				  referral a -> hub
				  referral b -> hub
				  referral hub -> c
				  referral c -> d
				}
				""";
		assertEquals(List.of("f1:4 Service", "f1:5 Service"), findings("central-service", eco));
		assertEquals(List.of("Central service (number 1): 33% of the shortest pathways between other services pass through hub.",
				"Central service (number 2): 25% of the shortest pathways between other services pass through c."),
				messages(CheckedModels.of(eco), "central-service"));
		ModelSet few = CheckedModels.of(eco).useSettings(carepath.analysis.CheckSettings.DEFAULTS
				.withThreshold(carepath.analysis.Threshold.CENTRAL_SERVICES, 1));
		assertEquals(List.of("f1:4 Service"), findings(few, "central-service"));
		assertEquals(List.of(), findings("central-service", "ecosystem eco { service a service b referral a -> b }"));
	}
}
