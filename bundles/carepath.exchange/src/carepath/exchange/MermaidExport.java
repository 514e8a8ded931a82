package carepath.exchange;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import carepath.analysis.Labels;
import carepath.model.Experience;
import carepath.model.Journey;
import carepath.model.Persona;
import carepath.model.Stage;
import carepath.model.Step;

/**
 * A journey as Mermaid `journey` text for Markdown pages: sections are stages, tasks are steps,
 * the score is the person's experience moved from -2..+2 to Mermaid's 1..5 (3 where none is
 * recorded), and the actors are the persona and whoever the step names.
 */
public final class MermaidExport {
	private MermaidExport() {
	}

	public static ExportedFile export(Journey journey) {
		StringBuilder text = new StringBuilder("journey\n");
		text.append("  title ").append(clean(Labels.of(journey))).append('\n');
		for (Stage stage : journey.getStages()) {
			text.append("  section ").append(clean(Labels.of(stage))).append('\n');
			for (Step step : stage.getSteps()) {
				text.append("    ").append(clean(Labels.of(step))).append(": ").append(score(step))
						.append(": ").append(String.join(", ", actors(journey, step))).append('\n');
			}
		}
		return new ExportedFile(journey.getName() + ".mmd", text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Mermaid's 1 (bad) .. 5 (good) from Carepath's -2 .. +2. */
	static int score(Step step) {
		Experience person = step.getPersonExperience();
		return person == null || !person.isSetScore() ? 3 : person.getScore() + 3;
	}

	private static Set<String> actors(Journey journey, Step step) {
		Set<String> actors = new LinkedHashSet<>();
		Persona persona = journey.getPersona();
		if (!step.isBackstage() && persona != null && !persona.eIsProxy()) {
			actors.add(clean(Labels.of(persona)));
		}
		if (step.getActor() != null && !step.getActor().isBlank()) {
			actors.add(clean(step.getActor()));
		}
		if (actors.isEmpty()) {
			actors.add("Staff");
		}
		return actors;
	}

	/** Mermaid ends a task at ':' and an actor at ','; a line break would end the line. */
	static String clean(String text) {
		return text.replace(':', ';').replace(',', ';').replaceAll("[\\r\\n]+", " ").strip();
	}
}
