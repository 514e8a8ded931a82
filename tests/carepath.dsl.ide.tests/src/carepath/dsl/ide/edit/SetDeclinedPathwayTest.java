package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Where people go when declined: `if declined -> SERVICE` in the referral's block, made when missing; only those words change. */
class SetDeclinedPathwayTest {
	private static final String MAP = """
			ecosystem riverside {
			  service gp
			  service cmht
			  service cafe
			  service adp
			  referral gp -> cmht // no block
			  referral cmht -> adp { criteria "Drinking" } // one line
			  referral adp -> cmht {
			    criteria "Sober"
			  }
			  referral cafe -> gp { if declined -> cmht }
			}
			""";

	@Test
	void aBlockIsMadeWhenThereIsNone() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetDeclinedPathway.of(Projects.of(MAP), "gp", "cmht", "cafe"));
		assertEquals(MAP.replace("referral gp -> cmht // no block", "referral gp -> cmht { if declined -> cafe } // no block"),
				after.text(Projects.file(1)));
	}

	@Test
	void intoABlockOnOneLine() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetDeclinedPathway.of(Projects.of(MAP), "cmht", "adp", "cafe"));
		assertEquals(MAP.replace("{ criteria \"Drinking\" }", "{ criteria \"Drinking\" if declined -> cafe }"), after.text(Projects.file(1)));
	}

	@Test
	void asTheLastLineOfABlock() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetDeclinedPathway.of(Projects.of(MAP), "adp", "cmht", "cafe"));
		assertEquals(MAP.replace("    criteria \"Sober\"\n", "    criteria \"Sober\"\n    if declined -> cafe\n"), after.text(Projects.file(1)));
	}

	@Test
	void anExistingPathwayIsRedirected() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetDeclinedPathway.of(Projects.of(MAP), "cafe", "gp", "adp"));
		assertEquals(MAP.replace("{ if declined -> cmht }", "{ if declined -> adp }"), after.text(Projects.file(1)));
	}

	@Test
	void aMissingReferralIsRefused() {
		assertEquals("there is no referral from gp to adp",
				assertThrows(EditRefused.class, () -> SetDeclinedPathway.of(Projects.of(MAP), "gp", "adp", "cafe")).getMessage());
	}
}
