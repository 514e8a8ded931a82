package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.JourneyTexts.JOURNEY;
import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import carepath.dsl.ide.edit.SetFeeling.Who;
import carepath.model.Step;

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

	static Stream<Arguments> everyFeelingOfTheExamples() {
		List<Arguments> cases = new ArrayList<>();
		Projects.eachInTheExamples(Step.class, (folder, step) -> {
			if (step.getPersonExperience() != null) {
				cases.add(Arguments.of(folder, Projects.fullName(step), Who.PERSON));
			}
			if (step.getProfessionalExperience() != null) {
				cases.add(Arguments.of(folder, Projects.fullName(step), Who.PROFESSIONAL));
			}
		});
		return cases.stream();
	}

	/**
	 * Every feeling of the examples dragged one band: the model changes in that score and nothing
	 * else (EMF comparison), and dragging it back gives every byte back.
	 */
	@ParameterizedTest(name = "{0}: {1} {2}")
	@MethodSource("everyFeelingOfTheExamples")
	void everyFeelingOfTheExamples(String folder, String step, Who who) throws Exception {
		ProjectTexts project = Projects.example(folder);
		Step before = (Step) Rename.find(project.parse(), step);
		int score = (who == Who.PERSON ? before.getPersonExperience() : before.getProfessionalExperience()).getScore();
		int other = score == 2 ? 1 : score + 1;
		ProjectTexts changed = Projects.applied(project, SetFeeling.of(project, step, who, other));
		Projects.assertModelChanged(project, changed, set -> {
			Step expected = (Step) assertDoesNotThrow(() -> Rename.find(set, step));
			(who == Who.PERSON ? expected.getPersonExperience() : expected.getProfessionalExperience()).setScore(other);
		});
		ProjectTexts back = Projects.applied(changed, SetFeeling.of(changed, step, who, score));
		for (URI file : project.texts().keySet()) {
			assertEquals(project.text(file), back.text(file), file.lastSegment());
		}
	}
}
