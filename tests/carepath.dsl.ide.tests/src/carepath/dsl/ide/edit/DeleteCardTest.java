package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Deleting a card: its keyword and words go, with the line when it has one of its own; the other cards stay. */
class DeleteCardTest {
	private static final String STEP = """
			system emis
			journey sam {
			  stage crisis {
			    step call {
			      good "Answered at once" // kept
			      good "Called back"
			      pain waiting
			      gathers "Risk" in emis
			    }
			    step visit { idea "Text first" idea "Call later" }
			  }
			}
			""";

	@Test
	void aGoodPracticeLineGoes() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(STEP), DeleteCard.of(Projects.of(STEP), new CardRef("call", "good", 1)));
		assertEquals(replaced(STEP, "      good \"Called back\"\n", ""), after.text(Projects.file(1)));
	}

	@Test
	void aPainPointGoes() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(STEP), DeleteCard.of(Projects.of(STEP), new CardRef("call", "pain", 0)));
		assertEquals(replaced(STEP, "      pain waiting\n", ""), after.text(Projects.file(1)));
	}

	@Test
	void anIdeaOnASharedLineGoesAlone() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(STEP), DeleteCard.of(Projects.of(STEP), new CardRef("visit", "idea", 1)));
		assertEquals(replaced(STEP, " idea \"Call later\"", ""), after.text(Projects.file(1)));
	}

	@Test
	void anInformationCardGoes() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(STEP), DeleteCard.of(Projects.of(STEP), new CardRef("call", "information", 0)));
		assertEquals(replaced(STEP, "      gathers \"Risk\" in emis\n", ""), after.text(Projects.file(1)));
	}
}
