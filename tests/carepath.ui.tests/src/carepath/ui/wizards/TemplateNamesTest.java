package carepath.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The names a template is filled in with come from the file name, and are always valid names. */
class TemplateNamesTest {

	@Test
	void wordsOfTheFileNameMakeTheNameAndTheTitle() {
		assertEquals(new TemplateNames("samDischarge", "Sam discharge"), TemplateNames.of("sam-discharge.journey"));
		assertEquals(new TemplateNames("riaThuisZorg", "Ria thuis zorg"), TemplateNames.of("ria_thuis zorg.journey"));
		assertEquals(new TemplateNames("zoëReis", "Zoë reis"), TemplateNames.of("zoë reis.journey"));
	}

	@Test
	void aNameNeverStartsWithADigitAndIsNeverEmpty() {
		assertEquals(new TemplateNames("map2025Review", "2025 review"), TemplateNames.of("2025-review.journey"));
		assertEquals(new TemplateNames("newMap", "New map"), TemplateNames.of("---.journey"));
	}

	@Test
	void placeholdersAreFilledEverywhere() {
		assertEquals("journey sam \"Sam\" { persona samPerson }",
				TemplateNames.of("sam.journey").fill("journey ${name} \"${title}\" { persona ${name}Person }"));
	}
}
