package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.JourneyTexts.JOURNEY;
import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import carepath.dsl.ide.edit.SetFeeling.Who;

/** Dragging a point of an experience curve: only the score changes; the quote and comments stay. */
class SetFeelingTest {

	@Test
	void theScoreChangesAndTheQuoteStays() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), SetFeeling.of(Projects.of(JOURNEY), "call", Who.PERSON, 2));
		assertEquals(replaced(JOURNEY, "person feels -1 \"Nobody", "person feels +2 \"Nobody"), after.text(Projects.file(1)));
	}

	@Test
	void aFeelingNotYetWrittenGetsItsLine() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), SetFeeling.of(Projects.of(JOURNEY), "call", Who.PROFESSIONAL, 0));
		assertEquals(replaced(JOURNEY, "// at night\n", "// at night\n      professional feels 0\n"), after.text(Projects.file(1)));
		ProjectTexts visit = Projects.applied(Projects.of(JOURNEY), SetFeeling.of(Projects.of(JOURNEY), "visit", Who.PERSON, -2));
		assertEquals(replaced(JOURNEY, "{ pain waiting }", "{ pain waiting person feels -2 }"), visit.text(Projects.file(1)));
	}

	@Test
	void aScoreOutsideTheScaleIsRefused() {
		assertEquals("a feeling is scored from -2 to +2, not 3",
				assertThrows(EditRefused.class, () -> SetFeeling.of(Projects.of(JOURNEY), "call", Who.PERSON, 3)).getMessage());
	}
}
