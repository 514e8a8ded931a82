package carepath.analysis.rules;

import static carepath.analysis.CheckedModels.findings;
import static carepath.analysis.CheckedModels.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.analysis.CheckedModels;

/** A person declined somewhere and then back at a service they had been to: the journey went round. */
class BouncedBackTest {
	private static final String MAP = """
			persona pat "Pat"
			ecosystem eco {
			  service gp "GP practice"
			  service team "Mental health team"
			  service cafe "Recovery cafe"
			  referral gp -> team { if declined -> cafe }
			  signpost cafe -> gp
			}
			""";

	/** A journey of Pat's whose steps, one per line, start on line 11. */
	private static String journey(String... steps) {
		return MAP + "journey trip { persona pat ecosystem eco\n  stage s {\n    " + String.join("\n    ", steps) + "\n  }\n}\n";
	}

	@Test
	void backAtTheGpAfterTheTeamDeclined() {
		String model = journey("step a { at gp }", "step b { at team declined }", "step c { at cafe }", "step d { at gp }");
		assertEquals(List.of("f1:14 Step"), findings("bounced-back", model));
		assertEquals(List.of("Pat is back at GP practice after being declined at Mental health team: the journey goes round"
				+ " instead of on."), messages(CheckedModels.of(model), "bounced-back"));
	}

	@Test
	void referredAgainToTheServiceThatDeclined() {
		assertEquals(List.of("f1:13 Step"), findings("bounced-back",
				journey("step a { at gp }", "step b { at team declined }", "step c { at team }")));
	}

	@Test
	void onwardsAfterARefusalOrBackWithoutOneIsNot() {
		assertEquals(List.of(), findings("bounced-back", journey("step a { at gp }", "step b { at team declined }", "step c { at cafe }")));
		assertEquals(List.of(), findings("bounced-back", journey("step a { at gp }", "step b { at team }", "step c { at gp }")));
	}

	@Test
	void onceForEachRefusal() {
		assertEquals(List.of("f1:13 Step"), findings("bounced-back",
				journey("step a { at gp }", "step b { at team declined }", "step c { at gp }", "step d { at gp }")));
	}
}
