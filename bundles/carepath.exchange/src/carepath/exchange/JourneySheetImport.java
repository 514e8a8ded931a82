package carepath.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import carepath.analysis.Identifiers;
import carepath.model.CarepathFactory;
import carepath.model.Channel;
import carepath.model.Ecosystem;
import carepath.model.Experience;
import carepath.model.InformationGathering;
import carepath.model.InformationSystem;
import carepath.model.Journey;
import carepath.model.Model;
import carepath.model.PainKind;
import carepath.model.PainPoint;
import carepath.model.Persona;
import carepath.model.Service;
import carepath.model.Stage;
import carepath.model.Step;
import carepath.model.TimeUnit;
import carepath.model.Wait;

/**
 * Reads the journey spreadsheet template (docs/exchange.md), one row per step, into a persona, a
 * journey and, when steps name services, an ecosystem holding those services: a step's service
 * must belong to its journey's ecosystem, and the file must check on its own. A cell that cannot
 * be used is reported with its line and left out; a row without a step is skipped.
 */
public final class JourneySheetImport {
	private static final Pattern WAIT = Pattern.compile("(\\d{1,6})\\s*([a-zA-Z]+)");

	private final CarepathFactory factory = CarepathFactory.eINSTANCE;
	private final List<ImportProblem> problems = new ArrayList<>();
	private final Set<String> topNames = new HashSet<>();
	private final Set<String> stageNames = new HashSet<>();
	private final Set<String> stepNames = new HashSet<>();
	private final Set<String> serviceNames = new HashSet<>();
	private final Map<String, Service> services = new LinkedHashMap<>();
	private final Map<String, InformationSystem> systems = new LinkedHashMap<>();
	private final Journey journey = factory.createJourney();
	private CSVParser parser;

	private JourneySheetImport() {
	}

	public static ImportResult read(String csv, String journeyTitle) {
		return new JourneySheetImport().steps(csv, journeyTitle);
	}

	private ImportResult steps(String csv, String journeyTitle) {
		String personaTitle = "";
		String ecosystemTitle = "";
		try (CSVParser sheet = SheetRows.parse(csv)) {
			parser = sheet;
			if (!sheet.getHeaderMap().containsKey("step")) {
				problems.add(new ImportProblem(1, "the first row must name the columns, with 'step' among them"));
			} else {
				Stage stage = null;
				for (CSVRecord row : sheet) {
					int line = SheetRows.lineOf(row);
					if (row.getRecordNumber() > SheetRows.MAX_ROWS) {
						problems.add(new ImportProblem(line, "more than " + SheetRows.MAX_ROWS + " rows; the rest was not read"));
						break;
					}
					personaTitle = personaTitle.isEmpty() ? cell(row, "persona") : personaTitle;
					ecosystemTitle = ecosystemTitle.isEmpty() ? cell(row, "ecosystem") : ecosystemTitle;
					String stageTitle = cell(row, "stage");
					if (!stageTitle.isEmpty() && (stage == null || !stageTitle.equals(stage.getTitle()))) {
						stage = stage(stageTitle);
					}
					String title = cell(row, "step");
					if (title.isEmpty()) {
						problems.add(new ImportProblem(line, "a step needs a title in 'step'; the row was skipped"));
						continue;
					}
					if (stage == null) {
						stage = stage(null);
					}
					stage.getSteps().add(step(row, title, line));
				}
			}
		} catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			// Commons CSV reports malformed quoting unchecked, while iterating
			problems.add(new ImportProblem(1, "not a readable CSV file (" + e.getMessage() + ")"));
		}
		return new ImportResult(model(journeyTitle, personaTitle, ecosystemTitle), problems);
	}

	private Stage stage(String title) {
		Stage stage = factory.createStage();
		stage.setName(Identifiers.from(title == null ? "Journey" : title, "stage", stageNames));
		stage.setTitle(title);
		journey.getStages().add(stage);
		return stage;
	}

	private Step step(CSVRecord row, String title, int line) {
		Step step = factory.createStep();
		step.setName(Identifiers.from(title, "step", stepNames));
		step.setTitle(title);
		step.setDecision(SheetRows.yes(cell(row, "decision")));
		step.setBackstage(SheetRows.yes(cell(row, "backstage")));
		step.setDeclined(SheetRows.yes(cell(row, "declined")));
		String service = cell(row, "service");
		if (!service.isEmpty()) {
			step.setService(services.computeIfAbsent(service.toLowerCase(Locale.ROOT), key -> service(service)));
		}
		String channel = cell(row, "channel").toLowerCase(Locale.ROOT);
		if (!channel.isEmpty()) {
			Channel value = Channel.get(channel);
			if (value == null) {
				problems.add(new ImportProblem(line, "'" + channel + "' is not a channel (face-to-face, phone, video, online, letter, email, message, home-visit); left out"));
			} else {
				step.setChannel(value);
			}
		}
		String by = cell(row, "by", "actor");
		if (!by.isEmpty()) {
			step.setActor(by);
		}
		step.getSupport().addAll(SheetRows.list(cell(row, "support")));
		gathering(row, step, line);
		step.setPersonExperience(experience(line, "person", cell(row, "person feels", "person score", "experience"),
				cell(row, "person quote", "quote")));
		step.setProfessionalExperience(experience(line, "professional", cell(row, "professional feels", "professional score"),
				cell(row, "professional quote")));
		painPoint(row, step, line);
		step.getGoodPractice().addAll(SheetRows.list(cell(row, "good practice", "good")));
		step.getIdeas().addAll(SheetRows.list(cell(row, "idea", "ideas")));
		step.setWait(waiting(cell(row, "waits", "wait"), line));
		return step;
	}

	private Service service(String title) {
		Service service = factory.createService();
		service.setName(Identifiers.from(title, "service", serviceNames));
		if (!service.getName().equals(title)) {
			service.setTitle(title);
		}
		return service;
	}

	private void gathering(CSVRecord row, Step step, int line) {
		List<String> items = SheetRows.list(cell(row, "gathers", "information"));
		String system = cell(row, "system");
		if (items.isEmpty()) {
			if (!system.isEmpty()) {
				problems.add(new ImportProblem(line, "'system' names where information is recorded, but 'gathers' names none; left out"));
			}
			return;
		}
		InformationGathering gathering = factory.createInformationGathering();
		gathering.getItems().addAll(items);
		if (!system.isEmpty()) {
			gathering.setSystem(systems.computeIfAbsent(system.toLowerCase(Locale.ROOT), key -> {
				InformationSystem made = factory.createInformationSystem();
				made.setName(Identifiers.from(system, "system", topNames));
				made.setTitle(system);
				return made;
			}));
		}
		step.getGathers().add(gathering);
	}

	private Experience experience(int line, String whose, String score, String quote) {
		if (score.isEmpty()) {
			if (!quote.isEmpty()) {
				problems.add(new ImportProblem(line, "a " + whose + "'s quote needs a score (-2 to +2); left out"));
			}
			return null;
		}
		Integer value = score(score);
		if (value == null) {
			problems.add(new ImportProblem(line, "'" + score + "' is not a score from -2 to +2; the " + whose + "'s experience was left out"));
			return null;
		}
		Experience experience = factory.createExperience();
		experience.setScore(value);
		if (!quote.isEmpty()) {
			experience.setQuote(quote);
		}
		return experience;
	}

	private static Integer score(String text) {
		try {
			int value = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
			return value >= -2 && value <= 2 ? value : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private void painPoint(CSVRecord row, Step step, int line) {
		String kind = cell(row, "pain", "pain kind").toLowerCase(Locale.ROOT);
		String description = cell(row, "pain point");
		if (kind.isEmpty() && description.isEmpty()) {
			return;
		}
		PainKind value = PainKind.get(kind);
		if (value == null) {
			problems.add(new ImportProblem(line, (kind.isEmpty() ? "a pain point needs its kind in 'pain'" : "'" + kind + "' is not a kind of pain point")
					+ " (gap, repetition, waiting, communication, access, coordination); left out"));
			return;
		}
		PainPoint pain = factory.createPainPoint();
		pain.setKind(value);
		if (!description.isEmpty()) {
			pain.setDescription(description);
		}
		step.getPainPoints().add(pain);
	}

	/** "3 weeks", "1 day", "45 minutes". */
	private Wait waiting(String text, int line) {
		if (text.isEmpty()) {
			return null;
		}
		Matcher matcher = WAIT.matcher(text);
		TimeUnit unit = null;
		if (matcher.matches()) {
			String word = matcher.group(2).toLowerCase(Locale.ROOT);
			unit = TimeUnit.get(word.endsWith("s") ? word : word + "s");
		}
		if (unit == null) {
			problems.add(new ImportProblem(line, "'" + text + "' is not a wait such as '3 weeks' (minutes, hours, days, weeks, months); left out"));
			return null;
		}
		Wait wait = factory.createWait();
		wait.setAmount(Integer.parseInt(matcher.group(1)));
		wait.setUnit(unit);
		return wait;
	}

	private Model model(String journeyTitle, String personaTitle, String ecosystemTitle) {
		Model model = factory.createModel();
		Persona persona = factory.createPersona();
		// The metamodel requires a persona; without a persona column the journey follows "Person".
		String who = personaTitle.isEmpty() ? "Person" : personaTitle;
		persona.setName(Identifiers.from(who, "persona", topNames));
		persona.setTitle(who);
		model.getElements().add(persona);
		model.getElements().addAll(systems.values());
		if (!services.isEmpty()) {
			String mapTitle = ecosystemTitle.isEmpty() ? journeyTitle + " services" : ecosystemTitle;
			Ecosystem ecosystem = factory.createEcosystem();
			ecosystem.setName(Identifiers.from(mapTitle, "services", topNames));
			if (!ecosystem.getName().equals(mapTitle)) {
				ecosystem.setTitle(mapTitle);
			}
			ecosystem.getServices().addAll(services.values());
			model.getElements().add(ecosystem);
			journey.setEcosystem(ecosystem);
		}
		journey.setName(Identifiers.from(journeyTitle, "journey", topNames));
		if (!journey.getName().equals(journeyTitle)) {
			journey.setTitle(journeyTitle);
		}
		journey.setPersona(persona);
		model.getElements().add(journey);
		return model;
	}

	/** The first of these columns the sheet has, on one line; empty if it has none. */
	private String cell(CSVRecord row, String... columns) {
		String column = SheetRows.firstColumn(parser, columns);
		return column == null ? "" : SheetRows.cell(row, column);
	}
}
