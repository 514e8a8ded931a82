package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Adding a service: one new line at the end of the map, laid out by the formatter; comments and the rest stay. */
class AddServiceTest {
	private static final String MAP = """
			// The system map.
			ecosystem riverside "Riverside" {
			  category clinical "Health services" // the workshop's words
			  // The practice everyone starts at.
			  service gp "GP practice" in clinical { // registered patients
			    setting community
			  }
			  service cmht "Community Mental Health Team" // specialist
			  referral gp -> cmht // the usual route
			}
			// end of the map
			""";

	@Test
	void aServiceIsAddedAtTheEndOfTheMap() throws Exception {
		AddService.Added added = AddService.of(Projects.of(MAP), "riverside", null, "Recovery café");
		assertEquals("recoveryCafé", added.name());
		assertEquals(MAP.replace("""
				  referral gp -> cmht // the usual route
				""", """
				  referral gp -> cmht // the usual route
				  service recoveryCafé "Recovery café"
				"""), Projects.applied(Projects.of(MAP), added.edits()).text(Projects.file(1)));
	}

	@Test
	void intoACategory() throws Exception {
		AddService.Added added = AddService.of(Projects.of(MAP), "riverside", "clinical", "Practice nurse");
		assertTrue(Projects.applied(Projects.of(MAP), added.edits()).text(Projects.file(1))
				.contains("\n  service practiceNurse \"Practice nurse\" in clinical\n"));
	}

	@Test
	void theNameIsUniqueInTheSystemMap() throws Exception {
		assertEquals("gp2", AddService.of(Projects.of(MAP), "riverside", null, "GP").name());
	}

	@Test
	void aMissingCategoryOrMapIsRefused() {
		assertEquals("the system map has no category 'crisis'",
				assertThrows(EditRefused.class, () -> AddService.of(Projects.of(MAP), "riverside", "crisis", "A")).getMessage());
		assertEquals("nothing is named 'nowhere' in these files",
				assertThrows(EditRefused.class, () -> AddService.of(Projects.of(MAP), "nowhere", null, "A")).getMessage());
		assertEquals("'gp' is not a system map",
				assertThrows(EditRefused.class, () -> AddService.of(Projects.of(MAP), "gp", null, "A")).getMessage());
	}
}
