package carepath.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import carepath.analysis.Identifiers;
import carepath.model.CarepathFactory;
import carepath.model.Experience;
import carepath.model.Journey;
import carepath.model.Model;
import carepath.model.Persona;
import carepath.model.Stage;
import carepath.model.Step;

/**
 * Reads a Mermaid `journey` diagram into a persona and a journey: sections become stages, tasks
 * steps, Mermaid's 1..5 scores the person's -2..+2, the first actor the persona and the others
 * the step's `by`. Lines that are not understood are reported with their number and skipped.
 */
public final class MermaidImport {
	private static final Pattern TASK = Pattern.compile("\\s*([^:]+?)\\s*:\\s*(\\d+)\\s*(?::\\s*(.*))?");
	private static final int MAX_LINES = 100_000;

	private MermaidImport() {
	}

	public static ImportResult read(String text, String fallbackTitle) {
		CarepathFactory factory = CarepathFactory.eINSTANCE;
		List<ImportProblem> problems = new ArrayList<>();
		Set<String> topNames = new HashSet<>();
		Journey journey = factory.createJourney();
		journey.setTitle(fallbackTitle);
		Set<String> actors = new LinkedHashSet<>();
		List<List<String>> actorsPerStep = new ArrayList<>();
		Stage stage = null;
		Set<String> stageNames = new HashSet<>();
		Set<String> stepNames = new HashSet<>();
		boolean header = false;
		String[] lines = text.split("\r?\n|\r", -1);
		if (lines.length > MAX_LINES) {
			problems.add(new ImportProblem(MAX_LINES + 1, "the file has more than " + MAX_LINES + " lines; the rest was not read"));
		}
		for (int index = 0; index < Math.min(lines.length, MAX_LINES); index++) {
			String line = lines[index].strip();
			int number = index + 1;
			if (line.isEmpty() || line.startsWith("%%") || line.startsWith("```")) {
				continue;
			}
			if (!header) {
				if (line.equals("journey")) {
					header = true;
				} else {
					problems.add(new ImportProblem(number, "expected 'journey' to start the diagram; the line was skipped"));
				}
				continue;
			}
			if (line.startsWith("title ")) {
				journey.setTitle(line.substring(6).strip());
			} else if (line.startsWith("section ")) {
				stage = factory.createStage();
				String title = line.substring(8).strip();
				stage.setTitle(title);
				stage.setName(Identifiers.from(title, "stage", stageNames));
				journey.getStages().add(stage);
				stepNames.clear();
			} else {
				Matcher task = TASK.matcher(line);
				if (!task.matches()) {
					problems.add(new ImportProblem(number, "expected 'task: score: actors'; the line was skipped"));
					continue;
				}
				String digits = task.group(2).replaceFirst("^0+(?=\\d)", "");
				int score = digits.length() > 1 ? Integer.MAX_VALUE : Integer.parseInt(digits); // no overflow on 99999999999
				if (score < 1 || score > 5) {
					problems.add(new ImportProblem(number, "a score goes from 1 to 5, not " + task.group(2) + "; the line was skipped"));
					continue;
				}
				if (stage == null) {
					stage = factory.createStage();
					stage.setName(Identifiers.from("Journey", "stage", stageNames));
					journey.getStages().add(stage);
				}
				Step step = factory.createStep();
				step.setTitle(task.group(1));
				step.setName(Identifiers.from(task.group(1), "step", stepNames));
				Experience person = factory.createExperience();
				person.setScore(score - 3);
				step.setPersonExperience(person);
				List<String> named = new ArrayList<>();
				if (task.group(3) != null) {
					for (String actor : task.group(3).split(",")) {
						if (!actor.isBlank()) {
							named.add(actor.strip());
						}
					}
				}
				actors.addAll(named);
				actorsPerStep.add(named);
				stage.getSteps().add(step);
			}
		}
		Persona persona = factory.createPersona();
		String who = actors.isEmpty() ? "Person" : actors.iterator().next();
		persona.setTitle(who);
		persona.setName(Identifiers.from(who, "persona", topNames));
		journey.setName(Identifiers.from(journey.getTitle() == null ? "journey" : journey.getTitle(), "journey", topNames));
		journey.setPersona(persona);
		int index = 0;
		for (Stage each : journey.getStages()) {
			for (Step step : each.getSteps()) {
				List<String> others = new ArrayList<>(actorsPerStep.get(index++));
				others.remove(who);
				if (!others.isEmpty()) {
					step.setActor(String.join(", ", others));
				}
			}
		}
		Model model = factory.createModel();
		model.getElements().add(persona);
		model.getElements().add(journey);
		return new ImportResult(model, problems);
	}
}
