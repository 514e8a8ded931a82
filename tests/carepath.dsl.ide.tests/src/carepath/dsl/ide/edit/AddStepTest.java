package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.JourneyTexts.JOURNEY;
import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import carepath.model.Stage;
import carepath.model.Step;

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

	static Stream<Arguments> everyStepOfTheExamples() {
		List<Arguments> cases = new ArrayList<>();
		Projects.eachInTheExamples(Step.class, (folder, step) -> cases.add(Arguments.of(folder, Projects.fullName(step))));
		return cases.stream();
	}

	/**
	 * Over every step of the examples, before and after it: the new step stands next to it in the
	 * model, the project checks as before (AddStep refuses otherwise), and deleting the new step
	 * gives back every byte.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("everyStepOfTheExamples")
	void besideEveryStepOfTheExamples(String folder, String fullName) throws Exception {
		ProjectTexts project = Projects.example(folder);
		for (boolean after : new boolean[] { false, true }) {
			AddService.Added added = AddStep.beside(project, fullName, after, "From the diagram");
			ProjectTexts changed = Projects.applied(project, added.edits());
			Step anchor = (Step) Rename.find(changed.parse(), fullName);
			List<Step> steps = ((Stage) anchor.eContainer()).getSteps();
			assertEquals(added.name(), steps.get(steps.indexOf(anchor) + (after ? 1 : -1)).getName(), "beside " + fullName);
			String newStep = fullName.substring(0, fullName.lastIndexOf('.') + 1) + added.name();
			ProjectTexts back = Projects.applied(changed, Delete.of(changed, newStep, false));
			for (URI file : project.texts().keySet()) {
				assertEquals(project.text(file), back.text(file), file.lastSegment());
			}
		}
	}
}
