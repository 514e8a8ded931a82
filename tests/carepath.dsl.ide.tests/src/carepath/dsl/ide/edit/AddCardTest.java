package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.JourneyTexts.JOURNEY;
import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import carepath.dsl.ide.edit.AddCard.Card;
import carepath.model.PainKind;

/** A card on a step: a pain point of a kind, good practice or an idea, as the step's last line. */
class AddCardTest {

	@Test
	void aPainPointOfAKind() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY),
				AddCard.of(Projects.of(JOURNEY), "call", Card.pain(PainKind.REPETITION), "Told the \"story\" again"));
		assertEquals(replaced(JOURNEY, "// at night\n", "// at night\n      pain repetition \"Told the \\\"story\\\" again\"\n"),
				after.text(Projects.file(1)));
	}

	@Test
	void goodPracticeMakesABlock() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), AddCard.of(Projects.of(JOURNEY), "home", Card.GOOD, "Follow-up call"));
		assertEquals(replaced(JOURNEY, "step home \"Home again\"\n", "step home \"Home again\" { good \"Follow-up call\" }\n"),
				after.text(Projects.file(1)));
	}

	@Test
	void anIdeaWithoutWordsIsRefused() {
		assertEquals("a change idea card needs its words",
				assertThrows(EditRefused.class, () -> AddCard.of(Projects.of(JOURNEY), "home", Card.IDEA, " ")).getMessage());
	}
}
