package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.model.ConnectionKind;

/** A list from the properties panel: one line per value changed value by value, a comma list written anew, comments kept. */
class SetListTest {
	private static final String MAP = """
			need housing
			need money
			ecosystem riverside {
			  service gp {
			    provides "Assessment" // first
			    provides "Prescribing"
			    setting community, phone
			  }
			  service cafe { provides "Tea" }
			  referral gp -> cafe
			}
			""";

	@Test
	void aChangedValueInPlaceAndANewOneAfterTheLast() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP),
				SetList.ofElement(Projects.of(MAP), "gp", "provides", List.of("Assessment", "Repeat prescriptions", "Advice")));
		assertEquals(replaced(MAP, "    provides \"Prescribing\"\n", "    provides \"Repeat prescriptions\"\n    provides \"Advice\"\n"),
				after.text(Projects.file(1)));
	}

	@Test
	void aRemovedValueGoesWithItsLine() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetList.ofElement(Projects.of(MAP), "gp", "provides", List.of("Assessment")));
		assertEquals(replaced(MAP, "    provides \"Prescribing\"\n", ""), after.text(Projects.file(1)));
	}

	@Test
	void aValueBesideItsNeighboursOnOneLine() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetList.ofElement(Projects.of(MAP), "cafe", "provides", List.of("Tea", "Company")));
		assertEquals(replaced(MAP, "{ provides \"Tea\" }", "{ provides \"Tea\" provides \"Company\" }"), after.text(Projects.file(1)));
	}

	@Test
	void aCommaListIsWrittenAnewAndANewOneMade() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetList.ofElement(Projects.of(MAP), "gp", "settings", List.of("home", "phone")));
		assertEquals(replaced(MAP, "setting community, phone", "setting home, phone"), after.text(Projects.file(1)));
		ProjectTexts meets = Projects.applied(Projects.of(MAP), SetList.ofElement(Projects.of(MAP), "gp", "meets", List.of("housing", "money")));
		assertEquals(replaced(MAP, "    setting community, phone\n", "    setting community, phone\n    meets housing, money\n"),
				meets.text(Projects.file(1)));
		ProjectTexts none = Projects.applied(Projects.of(MAP), SetList.ofElement(Projects.of(MAP), "gp", "settings", List.of()));
		assertEquals(replaced(MAP, "    setting community, phone\n", ""), none.text(Projects.file(1)));
	}

	@Test
	void aConnectionsCriteria() throws Exception {
		ConnectionRef referral = new ConnectionRef("riverside", ConnectionKind.REFERRAL, "gp", "cafe", 1);
		ProjectTexts after = Projects.applied(Projects.of(MAP),
				SetList.ofConnection(Projects.of(MAP), referral, "criteria", List.of("Over 16", "Lives locally")));
		assertEquals(replaced(MAP, "  referral gp -> cafe\n", "  referral gp -> cafe { criteria \"Over 16\" criteria \"Lives locally\" }\n"),
				after.text(Projects.file(1)));
	}

	@Test
	void theSameListChangesNothingAndAWrongWordIsRefused() throws Exception {
		assertTrue(SetList.ofElement(Projects.of(MAP), "gp", "settings", List.of("community", "phone")).isEmpty());
		assertEquals("'clinic' is not one of home, community, hospital, residential, online, phone, school, workplace, custody",
				assertThrows(EditRefused.class, () -> SetList.ofElement(Projects.of(MAP), "gp", "settings", List.of("clinic"))).getMessage());
	}
}
