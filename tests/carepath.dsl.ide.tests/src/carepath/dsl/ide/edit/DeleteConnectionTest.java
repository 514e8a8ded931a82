package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import carepath.model.ConnectionKind;

/** Deleting a connection: its lines and block go, with the comment on its last line; the rest stays. */
class DeleteConnectionTest {
	static final String MAP = """
			ecosystem riverside {
			  service gp
			  service cmht
			  service cafe
			  // the usual route
			  referral gp -> cmht {
			    criteria "Moderate" // as agreed
			  } // end of the referral
			  signpost gp -> cafe
			  signpost gp -> cafe "again" { supported }
			  referral cmht -> cafe { joint supported } /* last */
			}
			// end
			""";

	@Test
	void aConnectionWithItsBlockGoes() throws Exception {
		ConnectionRef referral = new ConnectionRef("riverside", ConnectionKind.REFERRAL, "gp", "cmht", 1);
		ProjectTexts after = Projects.applied(Projects.of(MAP), DeleteConnection.of(Projects.of(MAP), referral));
		assertEquals(replaced(MAP, "  referral gp -> cmht {\n    criteria \"Moderate\" // as agreed\n  } // end of the referral\n", ""),
				after.text(Projects.file(1)));
	}

	@Test
	void theSecondOfTwoAlikeIsToldByItsNumber() throws Exception {
		ConnectionRef second = new ConnectionRef("riverside", ConnectionKind.SIGNPOST, "gp", "cafe", 2);
		ProjectTexts after = Projects.applied(Projects.of(MAP), DeleteConnection.of(Projects.of(MAP), second));
		assertEquals(replaced(MAP, "  signpost gp -> cafe \"again\" { supported }\n", ""), after.text(Projects.file(1)));
	}

	@Test
	void aConnectionNoLongerThereIsRefused() {
		ConnectionRef third = new ConnectionRef("riverside", ConnectionKind.SIGNPOST, "gp", "cafe", 3);
		assertEquals("the map has no signpost gp -> cafe (number 3) any more",
				assertThrows(EditRefused.class, () -> DeleteConnection.of(Projects.of(MAP), third)).getMessage());
	}
}
