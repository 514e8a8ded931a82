package carepath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.model.Journey;
import carepath.model.Persona;
import carepath.model.Stage;
import carepath.model.Step;
import carepath.testing.ExampleModels;

/** Mermaid journeys in: sections, tasks, scores and actors; bad lines reported by number; round trips. */
class MermaidImportTest {

	@Test
	void sectionsTasksScoresAndActors() {
		ImportResult result = MermaidImport.read("""
				journey
				  title My working day
				  section Go to work
				    Make tea: 5: Me
				    Go upstairs: 3: Me, Cat
				    nonsense
				  section Go home
				    Sit down: 7: Me
				    Go downstairs: 1: Me
				""", "day");
		assertEquals(List.of(new ImportProblem(6, "expected 'task: score: actors'; the line was skipped"),
				new ImportProblem(8, "a score goes from 1 to 5, not 7; the line was skipped")), result.problems());
		Persona persona = (Persona) result.model().getElements().get(0);
		Journey journey = (Journey) result.model().getElements().get(1);
		assertEquals("me", persona.getName());
		assertEquals("Me", persona.getTitle());
		assertEquals("myWorkingDay", journey.getName());
		assertEquals(persona, journey.getPersona());
		assertEquals(List.of("goToWork", "goHome"), journey.getStages().stream().map(Stage::getName).toList());
		Step upstairs = journey.getStages().get(0).getSteps().get(1);
		assertEquals("goUpstairs", upstairs.getName());
		assertEquals("Go upstairs", upstairs.getTitle());
		assertEquals(0, upstairs.getPersonExperience().getScore());
		assertEquals("Cat", upstairs.getActor());
		assertEquals(-2, journey.getStages().get(1).getSteps().get(0).getPersonExperience().getScore());
	}

	@Test
	void withoutTheJourneyKeywordNothingIsRead() {
		ImportResult result = MermaidImport.read("graph TD\n  A --> B\n", "x");
		assertEquals(2, result.problems().size());
		assertEquals(1, result.problems().get(0).line());
		assertEquals(0, ((Journey) result.model().getElements().get(1)).getStages().size());
	}

	@Test
	void importOfExportKeepsWhatMermaidHolds() throws Exception {
		Journey original = ExampleModels.named(ExampleModels.load("mental-health"), Journey.class, "samChallenges");
		String mermaid = new String(MermaidExport.export(original).content(), StandardCharsets.UTF_8);
		ImportResult back = MermaidImport.read(mermaid, "x");
		assertEquals(List.of(), back.problems());
		Journey imported = (Journey) back.model().getElements().get(1);
		assertEquals(MermaidExport.clean(original.getTitle()), imported.getTitle());
		assertEquals(titles(original), titles(imported));
		List<Integer> scores = new ArrayList<>();
		List<Integer> expected = new ArrayList<>();
		for (int s = 0; s < original.getStages().size(); s++) {
			for (int t = 0; t < original.getStages().get(s).getSteps().size(); t++) {
				Step step = original.getStages().get(s).getSteps().get(t);
				expected.add(step.getPersonExperience() == null ? 0 : step.getPersonExperience().getScore());
				scores.add(imported.getStages().get(s).getSteps().get(t).getPersonExperience().getScore());
			}
		}
		assertEquals(expected, scores, "scores come back; a step without one comes back neutral (0)");
		assertEquals("Sam", ((Persona) back.model().getElements().get(0)).getTitle());
	}

	private static List<String> titles(Journey journey) {
		List<String> titles = new ArrayList<>();
		for (Stage stage : journey.getStages()) {
			titles.add("section " + MermaidExport.clean(stage.getTitle()));
			stage.getSteps().forEach(step -> titles.add(MermaidExport.clean(step.getTitle())));
		}
		return titles;
	}
}
