package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A card's words edited in place: only the quoted text changes; a pain point gets or loses its words. */
class SetCardTextTest {
	private static final String STEP = """
			system emis
			journey sam {
			  stage crisis {
			    step call {
			      good "Answered at once" // kept
			      good "Called back"
			      pain waiting
			      pain gap "No help at night"
			      gathers "Risk" in emis // on paper too
			    }
			  }
			}
			""";

	@Test
	void theSecondGoodPracticeCard() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(STEP),
				SetCardText.of(Projects.of(STEP), new CardRef("call", "good", 1), "Called back the same day"));
		assertEquals(replaced(STEP, "\"Called back\"", "\"Called back the same day\""), after.text(Projects.file(1)));
	}

	@Test
	void aPainPointGetsAndLosesItsWords() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(STEP), SetCardText.of(Projects.of(STEP), new CardRef("call", "pain", 0), "Hours"));
		assertEquals(replaced(STEP, "pain waiting\n", "pain waiting \"Hours\"\n"), after.text(Projects.file(1)));
		ProjectTexts without = Projects.applied(Projects.of(STEP), SetCardText.of(Projects.of(STEP), new CardRef("call", "pain", 1), ""));
		assertEquals(replaced(STEP, "pain gap \"No help at night\"", "pain gap"), without.text(Projects.file(1)));
	}

	@Test
	void emptyWordsOfAnIdeaOrACardGoneAreRefused() {
		assertEquals("a good practice card is its words; delete the card instead",
				assertThrows(EditRefused.class, () -> SetCardText.of(Projects.of(STEP), new CardRef("call", "good", 0), "")).getMessage());
		assertEquals("call has no change idea number 1 any more",
				assertThrows(EditRefused.class, () -> SetCardText.of(Projects.of(STEP), new CardRef("call", "idea", 0), "x")).getMessage());
	}

	@Test
	void anInformationCardsItemsWithCommasBetweenAndItsSystemKept() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(STEP),
				SetCardText.of(Projects.of(STEP), new CardRef("call", "information", 0), "Risk, Housing situation"));
		assertEquals(replaced(STEP, "gathers \"Risk\" in emis", "gathers \"Risk\", \"Housing situation\" in emis"), after.text(Projects.file(1)));
		assertEquals("the information card 1 of call needs at least one item; delete the card instead", assertThrows(EditRefused.class,
				() -> SetCardText.of(Projects.of(STEP), new CardRef("call", "information", 0), " ")).getMessage());
	}
}
