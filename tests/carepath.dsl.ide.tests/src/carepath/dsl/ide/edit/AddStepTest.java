package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.JourneyTexts.JOURNEY;
import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A new step before or after another, on its own line with that step's indent, or at the end of a stage. */
class AddStepTest {

	@Test
	void afterAStepAndItsComment() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), AddStep.beside(Projects.of(JOURNEY), "call", true, "Text back").edits());
		assertEquals(replaced(JOURNEY, "    } // end of call\n", "    } // end of call\n    step textBack \"Text back\"\n"),
				after.text(Projects.file(1)));
	}

	@Test
	void beforeAStep() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), AddStep.beside(Projects.of(JOURNEY), "visit", false, "Ambulance").edits());
		assertEquals(replaced(JOURNEY, "    step visit", "    step ambulance \"Ambulance\"\n    step visit"), after.text(Projects.file(1)));
	}

	@Test
	void intoAStageWithoutBlock() throws Exception {
		AddService.Added added = AddStep.into(Projects.of(JOURNEY), "sam.empty", "Call");
		assertEquals("call2", added.name(), "unique in the journey");
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), added.edits());
		assertEquals(replaced(JOURNEY, "stage empty \"Nothing yet\"\n", "stage empty \"Nothing yet\" { step call2 \"Call\" }\n"),
				after.text(Projects.file(1)));
	}
}
