package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.JourneyTexts.JOURNEY;
import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dragging a step: its lines, as written, move before another step or to the end of a stage. */
class MoveStepTest {
	private static final String CALL = "    step call \"Calls the helpline\" {\n      person feels -1 \"Nobody answers\" // at night\n"
			+ "    } // end of call\n";

	@Test
	void beforeAnotherStepOfAnotherStage() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), MoveStep.of(Projects.of(JOURNEY), "call", "home"));
		String expected = replaced(replaced(JOURNEY, CALL, ""), "    step home", CALL + "    step home");
		assertEquals(expected, after.text(Projects.file(1)));
	}

	@Test
	void toTheEndOfItsStage() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), MoveStep.of(Projects.of(JOURNEY), "call", "sam.crisis"));
		String expected = replaced(replaced(JOURNEY, CALL, ""), "{ pain waiting }\n", "{ pain waiting }\n" + CALL);
		assertEquals(expected, after.text(Projects.file(1)));
	}

	@Test
	void toWhereItIsChangesNothing() throws Exception {
		assertTrue(MoveStep.of(Projects.of(JOURNEY), "call", "visit").isEmpty());
	}

	@Test
	void intoAStageWrittenOnOneLineIsRefused() {
		assertEquals("the stage 'empty' is not written over several lines; move the step in the text",
				assertThrows(EditRefused.class, () -> MoveStep.of(Projects.of(JOURNEY), "call", "sam.empty")).getMessage());
	}
}
