package carepath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.model.Channel;
import carepath.model.Ecosystem;
import carepath.model.InformationSystem;
import carepath.model.Journey;
import carepath.model.PainKind;
import carepath.model.Persona;
import carepath.model.Stage;
import carepath.model.Step;
import carepath.model.TimeUnit;

/** The journey sheet: one row per step, stages from the stage column, the services named made into an ecosystem. */
class JourneySheetImportTest {
	private static final String HEADER = "persona,stage,step,service,channel,by,support,gathers,system,person feels,person quote,"
			+ "professional feels,professional quote,pain,pain point,good practice,idea,waits,decision,backstage,declined\n";

	private static <T> T element(ImportResult result, Class<T> kind) {
		return result.model().getElements().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
	}

	@Test
	void stepsInStagesWithAllTheyHold() {
		ImportResult result = JourneySheetImport.read(HEADER + """
				Sam,Seeking help,Sees his GP,GP practice,face-to-face,GP,Ten-minute consultation; prescription,Presenting problem|Alcohol use,EMIS,-1,Felt rushed,-1,Not enough time,waiting,Three weeks for an appointment,Asked about alcohol,Longer first appointments,3 weeks,,,
				,,Referral to the CMHT,Community Mental Health Team,letter,,,,,-2,Told to stop drinking first,,,,,,,,yes,,yes
				,,Duty worker screens it,Community Mental Health Team,,CMHT duty worker,,,,,,,,,,,,1 day,,yes,
				,Getting support,Joins the recovery cafe,Recovery cafe,,,,,,+2,,,,,,,,,,,
				""", "Sam looks for help");
		assertEquals(List.of(), result.problems());
		Persona sam = element(result, Persona.class);
		assertEquals("sam", sam.getName());
		Journey journey = element(result, Journey.class);
		assertEquals("samLooksForHelp", journey.getName());
		assertEquals("Sam looks for help", journey.getTitle());
		assertEquals(sam, journey.getPersona());
		assertEquals(List.of("seekingHelp", "gettingSupport"), journey.getStages().stream().map(Stage::getName).toList());
		Step visit = journey.getStages().get(0).getSteps().get(0);
		assertEquals("seesHisGp", visit.getName());
		assertEquals("gpPractice", visit.getService().getName());
		assertEquals(Channel.FACE_TO_FACE, visit.getChannel());
		assertEquals("GP", visit.getActor());
		assertEquals(List.of("Ten-minute consultation", "prescription"), visit.getSupport());
		assertEquals(List.of("Presenting problem", "Alcohol use"), visit.getGathers().get(0).getItems());
		assertEquals("emis", visit.getGathers().get(0).getSystem().getName());
		assertEquals(-1, visit.getPersonExperience().getScore());
		assertEquals("Felt rushed", visit.getPersonExperience().getQuote());
		assertEquals("Not enough time", visit.getProfessionalExperience().getQuote());
		assertEquals(PainKind.WAITING, visit.getPainPoints().get(0).getKind());
		assertEquals(List.of("Asked about alcohol"), visit.getGoodPractice());
		assertEquals(List.of("Longer first appointments"), visit.getIdeas());
		assertEquals(3, visit.getWait().getAmount());
		assertEquals(TimeUnit.WEEKS, visit.getWait().getUnit());
		Step referral = journey.getStages().get(0).getSteps().get(1);
		assertTrue(referral.isDecision() && referral.isDeclined() && !referral.isBackstage());
		Step triage = journey.getStages().get(0).getSteps().get(2);
		assertTrue(triage.isBackstage());
		assertEquals(TimeUnit.DAYS, triage.getWait().getUnit(), "'1 day' reads as '1 days'");
		assertEquals(referral.getService(), triage.getService(), "one service for one name");
		Ecosystem services = element(result, Ecosystem.class);
		assertEquals(journey.getEcosystem(), services);
		assertEquals("samLooksForHelpServices", services.getName());
		assertEquals(List.of("gpPractice", "communityMentalHealthTeam", "recoveryCafe"),
				services.getServices().stream().map(s -> s.getName()).toList());
		assertEquals("EMIS", element(result, InformationSystem.class).getTitle());
		WrittenText written = WrittenText.of(result.model());
		assertEquals(List.of(), written.errors(), written.text());
	}

	@Test
	void badCellsAreReportedByLineAndLeftOut() {
		ImportResult result = JourneySheetImport.read(HEADER + """
				,Start,First step,,fax,,,,,,,,,,,,,,,,
				,,,,,,,,,,,,,,,,,,,,
				,,Second step,,,,,,EMIS,3,,,,,,,,soon,,,
				,,Third step,,,,,,,,Only a quote,,,boredom,Nothing to do,,,,,,
				,,Fourth step,,,,,,,,,,,,No kind,,,,,,
				""", "j");
		assertEquals(List.of(
				new ImportProblem(2, "'fax' is not a channel (face-to-face, phone, video, online, letter, email, message, home-visit); left out"),
				new ImportProblem(3, "a step needs a title in 'step'; the row was skipped"),
				new ImportProblem(4, "'system' names where information is recorded, but 'gathers' names none; left out"),
				new ImportProblem(4, "'3' is not a score from -2 to +2; the person's experience was left out"),
				new ImportProblem(4, "'soon' is not a wait such as '3 weeks' (minutes, hours, days, weeks, months); left out"),
				new ImportProblem(5, "a person's quote needs a score (-2 to +2); left out"),
				new ImportProblem(5, "'boredom' is not a kind of pain point (gap, repetition, waiting, communication, access, coordination); left out"),
				new ImportProblem(6, "a pain point needs its kind in 'pain' (gap, repetition, waiting, communication, access, coordination); left out")),
				result.problems());
		Journey journey = element(result, Journey.class);
		assertEquals(4, journey.getStages().get(0).getSteps().size());
		Step second = journey.getStages().get(0).getSteps().get(1);
		assertNull(second.getPersonExperience());
		assertNull(second.getWait());
		assertTrue(second.getGathers().isEmpty());
		assertFalse(result.model().getElements().stream().anyMatch(Ecosystem.class::isInstance), "no services, no ecosystem");
		assertFalse(result.model().getElements().stream().anyMatch(InformationSystem.class::isInstance));
	}

	@Test
	void withoutPersonaOrStageColumnsAndWithTheBriefsColumnNames() {
		ImportResult result = JourneySheetImport.read("""
				Step,Service,Actor,Information,Experience,Quote,Wait,Ecosystem
				Calls the helpline,Helpline,Call handler,Name; Address,1,Kind voice,45 minutes,Riverside
				Calls the helpline,Helpline,,,,,,
				""", "Calls");
		assertEquals(List.of(), result.problems());
		Persona person = element(result, Persona.class);
		assertEquals("person", person.getName(), "the metamodel requires a persona");
		Journey journey = element(result, Journey.class);
		assertEquals("journey", journey.getStages().get(0).getName());
		List<Step> steps = journey.getStages().get(0).getSteps();
		assertEquals(List.of("callsTheHelpline", "callsTheHelpline2"), steps.stream().map(Step::getName).toList());
		assertEquals("Call handler", steps.get(0).getActor());
		assertEquals("Kind voice", steps.get(0).getPersonExperience().getQuote());
		assertEquals(TimeUnit.MINUTES, steps.get(0).getWait().getUnit());
		assertEquals("riverside", element(result, Ecosystem.class).getName(), "named by the ecosystem column");
		WrittenText written = WrittenText.of(result.model());
		assertEquals(List.of(), written.errors(), written.text());
		assertTrue(written.text().contains("ecosystem riverside"), written.text());
	}

	@Test
	void withoutAStepColumnNothingIsRead() {
		ImportResult result = JourneySheetImport.read("stage,title\nA,B\n", "j");
		assertEquals(List.of(new ImportProblem(1, "the first row must name the columns, with 'step' among them")), result.problems());
		assertTrue(element(result, Journey.class).getStages().isEmpty());
	}
}
