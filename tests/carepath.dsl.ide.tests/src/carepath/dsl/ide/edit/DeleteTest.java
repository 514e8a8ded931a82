package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Deleting: the element's lines go; where other lines in any file refer to it the delete is
 * refused with those places, or removes them too when asked (golden texts); comments of other
 * lines and every untouched line stay byte for byte.
 */
class DeleteTest {
	private static final String MAP = """
			// The system map.
			ecosystem riverside "Riverside" {
			  service gp "GP practice" // first
			  service cmht "Community Mental Health Team"
			  service cafe "Recovery cafe" // peer support
			  referral gp -> cmht { criteria "Moderate" if declined -> cafe } // the usual route
			}
			// end of the map
			""";
	private static final String JOURNEY = """
			persona sam
			journey day { // Sam's day
			  persona sam
			  ecosystem riverside
			  stage s {
			    step a { at cafe } // seen
			    step b { at gp }
			  }
			}
			""";

	@Test
	void anElementNothingRefersToGoesWithItsLine() throws Exception {
		String map = MAP.replace("if declined -> cafe ", "");
		ProjectTexts after = Projects.applied(Projects.of(map), Delete.of(Projects.of(map), "cafe", false));
		assertEquals(map.replace("  service cafe \"Recovery cafe\" // peer support\n", ""), after.text(Projects.file(1)));
	}

	@Test
	void referencesAreListedAndTheDeleteRefused() throws Exception {
		ProjectTexts project = Projects.of(MAP, JOURNEY);
		assertEquals(List.of("f1.journey, line 6: referral gp -> cmht: if declined -> cafe", "f2.journey, line 6: step a: at cafe"),
				Delete.references(project, "cafe").stream().map(Object::toString).sorted().toList());
		EditRefused refused = assertThrows(EditRefused.class, () -> Delete.of(project, "cafe", false));
		assertEquals("'cafe' is referred to in 2 places (", refused.getMessage().substring(0, 35));
	}

	@Test
	void referencesAreRemovedWhenAsked() throws Exception {
		ProjectTexts project = Projects.of(MAP, JOURNEY);
		ProjectTexts after = Projects.applied(project, Delete.of(project, "cafe", true));
		assertEquals(MAP.replace("  service cafe \"Recovery cafe\" // peer support\n", "").replace(" if declined -> cafe", ""),
				after.text(Projects.file(1)));
		assertEquals(JOURNEY.replace("step a { at cafe }", "step a { }"), after.text(Projects.file(2)));
	}

	@Test
	void aNameIsTakenOutOfAList() throws Exception {
		String needs = "need housing // a home\nneed talk\nneed money\n";
		String map = "ecosystem e {\n  service council { meets housing, money } // the council\n  service cafe {\n    meets talk, housing\n  }\n}\n";
		String persona = "persona sam {\n  needs housing\n  goal \"A home\"\n}\n";
		ProjectTexts project = Projects.of(needs, map, persona);
		assertEquals(List.of("f2.journey, line 2: service council: meets housing", "f2.journey, line 4: service cafe: meets housing",
				"f3.journey, line 2: persona sam: needs housing"),
				Delete.references(project, "housing").stream().map(Object::toString).sorted().toList());
		ProjectTexts after = Projects.applied(project, Delete.of(project, "housing", true));
		assertEquals("need talk\nneed money\n", after.text(Projects.file(1)));
		assertEquals("ecosystem e {\n  service council { meets money } // the council\n  service cafe {\n    meets talk\n  }\n}\n",
				after.text(Projects.file(2)));
		assertEquals("persona sam {\n  goal \"A home\"\n}\n", after.text(Projects.file(3)));
	}

	@Test
	void aServiceTakesItsConnectionsWithIt() throws Exception {
		ProjectTexts project = Projects.of(MAP);
		ProjectTexts after = Projects.applied(project, Delete.of(project, "cmht", true));
		assertEquals(MAP.replace("  service cmht \"Community Mental Health Team\"\n", "")
				.replace("  referral gp -> cmht { criteria \"Moderate\" if declined -> cafe } // the usual route\n", ""),
				after.text(Projects.file(1)));
	}
}
