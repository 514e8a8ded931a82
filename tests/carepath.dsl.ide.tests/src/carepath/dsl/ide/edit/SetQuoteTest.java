package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.JourneyTexts.JOURNEY;
import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import carepath.dsl.ide.edit.SetFeeling.Who;

/** A feeling's quote edited in place: the score and the comment stay. */
class SetQuoteTest {

	@Test
	void theQuoteChanges() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), SetQuote.of(Projects.of(JOURNEY), "call", Who.PERSON, "Still no answer"));
		assertEquals(replaced(JOURNEY, "\"Nobody answers\"", "\"Still no answer\""), after.text(Projects.file(1)));
	}

	@Test
	void anEmptyQuoteGoesAndTheScoreStays() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), SetQuote.of(Projects.of(JOURNEY), "call", Who.PERSON, ""));
		assertEquals(replaced(JOURNEY, "person feels -1 \"Nobody answers\" // at night", "person feels -1 // at night"),
				after.text(Projects.file(1)));
	}

	@Test
	void aFeelingWithoutScoreIsRefused() {
		assertEquals("how the professional feels at call has no score yet; give it one first",
				assertThrows(EditRefused.class, () -> SetQuote.of(Projects.of(JOURNEY), "call", Who.PROFESSIONAL, "x")).getMessage());
	}
}
