package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import carepath.model.ConnectionKind;

/** Connecting two services: one new line at the end of their map; comments and the rest stay. */
class ConnectTest {
	private static final String MAP = """
			// The system map.
			ecosystem riverside {
			  service gp "GP practice" // first
			  service cmht
			  service cafe
			  referral gp -> cmht { criteria "Moderate" } // the usual route
			}
			// end of the map
			""";

	@Test
	void aReferralIsTheMapsLastLine() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), Connect.of(Projects.of(MAP), "cmht", "cafe", ConnectionKind.REFERRAL));
		assertEquals(MAP.replace("// the usual route\n", "// the usual route\n  referral cmht -> cafe\n"), after.text(Projects.file(1)));
	}

	@Test
	void aSignpostByFullNames() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP),
				Connect.of(Projects.of(MAP), "riverside.gp", "riverside.cafe", ConnectionKind.SIGNPOST));
		assertEquals(MAP.replace("// the usual route\n", "// the usual route\n  signpost gp -> cafe\n"), after.text(Projects.file(1)));
	}

	@Test
	void servicesOfTwoMapsOrOneServiceAreRefused() {
		ProjectTexts two = Projects.of(MAP, "ecosystem other {\n  service council\n}\n");
		assertEquals("'gp' and 'council' are not services of the same system map",
				assertThrows(EditRefused.class, () -> Connect.of(two, "gp", "council", ConnectionKind.REFERRAL)).getMessage());
		assertEquals("a service cannot refer or signpost to itself",
				assertThrows(EditRefused.class, () -> Connect.of(two, "gp", "gp", ConnectionKind.REFERRAL)).getMessage());
	}

	@Test
	void aSecondAlikeConnectionIsNumberTwo() throws Exception {
		ProjectTexts once = Projects.applied(Projects.of(MAP), Connect.of(Projects.of(MAP), "cmht", "cafe", ConnectionKind.REFERRAL));
		assertEquals(new ConnectionRef("riverside", ConnectionKind.REFERRAL, "cmht", "cafe", 2),
				Connect.made(once, "cmht", "cafe", ConnectionKind.REFERRAL).connection());
	}
}
