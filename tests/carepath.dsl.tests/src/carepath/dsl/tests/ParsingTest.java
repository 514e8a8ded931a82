package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Channel;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.MapFocus;
import carepath.model.MapState;
import carepath.model.Model;
import carepath.model.PainKind;
import carepath.model.Persona;
import carepath.model.Sector;
import carepath.model.Service;
import carepath.model.Setting;
import carepath.model.Step;
import carepath.model.TimeUnit;

class ParsingTest {

	@Test
	void languageSampleParsesWithoutProblems() throws Exception {
		ModelSet set = JourneyLanguage.newModelSet().load(List.of(TestModels.languageSample()));
		assertEquals(List.of(), TestModels.languageProblems(set));
	}

	@Test
	void languageSampleMeansWhatItSays() throws Exception {
		ModelSet set = JourneyLanguage.newModelSet().load(List.of(TestModels.languageSample()));
		TestModels.languageProblems(set);
		Model model = set.models().get(0);
		Persona sam = (Persona) model.getElements().get(5);
		assertEquals("sam", sam.getName());
		assertEquals(3, sam.getNeeds().size());
		assertEquals("45", sam.getTraits().get(0).getValue());

		Ecosystem lothian = (Ecosystem) model.getElements().get(6);
		assertEquals(MapState.AS_IS, lothian.getState());
		Service gp = lothian.getServices().get(0);
		assertEquals(Sector.STATUTORY, gp.getSector());
		assertEquals(List.of(Setting.COMMUNITY), gp.getSettings());
		assertEquals("clinical", gp.getCategory().getName());
		assertEquals(2, lothian.getServices().get(1).getAccessCriteria().size());
		Connection referral = lothian.getConnections().get(0);
		assertEquals(ConnectionKind.REFERRAL, referral.getKind());
		assertTrue(referral.isJoint());
		assertEquals("adp", referral.getDeclinedPathway().getName());
		assertEquals("CMHT duty worker", referral.getDecidedBy());
		assertTrue(lothian.getConnections().get(1).isSupported());

		Journey asIs = (Journey) model.getElements().get(7);
		assertEquals(MapFocus.CHALLENGES, asIs.getShows());
		Step first = asIs.getStages().get(0).getSteps().get(0);
		assertEquals(gp, first.getService());
		assertEquals(Channel.FACE_TO_FACE, first.getChannel());
		assertEquals(-1, first.getPersonExperience().getScore());
		assertEquals(PainKind.WAITING, first.getPainPoints().get(0).getKind());
		assertEquals(3, first.getWait().getAmount());
		assertEquals(TimeUnit.WEEKS, first.getWait().getUnit());
		assertEquals(List.of("Presenting problem", "Alcohol use"), first.getGathers().get(0).getItems());
		assertEquals("emis", first.getGathers().get(0).getSystem().getName());
		Step referralStep = asIs.getStages().get(0).getSteps().get(1);
		assertTrue(referralStep.isDecision() && referralStep.isDeclined());
		assertTrue(asIs.getStages().get(0).getSteps().get(2).isBackstage());

		Journey toBe = (Journey) model.getElements().get(8);
		assertEquals(asIs, toBe.getImproves());
		assertEquals(MapState.TO_BE, toBe.getState());
	}

	@Test
	void everyExampleParsesLinksAndValidatesCleanly() throws Exception {
		ModelSet set = JourneyLanguage.newModelSet().load(List.of(TestModels.examples()));
		List<Problem> problems = TestModels.languageProblems(set);
		assertEquals(List.of(), problems);
		assertTrue(set.models().size() >= 8, "examples hold several files per model");
	}

	@Test
	void keywordsServeAsNames() {
		ModelSet set = TestModels.of("""
				need access "Access"
				ecosystem system {
				  category community
				  service waiting in community { meets access }
				  service step
				  referral waiting -> step
				}
				persona person { needs access }
				journey journey {
				  persona person
				  ecosystem system
				  stage waiting { step stage { at waiting waits 1 week } }
				}
				""");
		assertEquals(List.of(), TestModels.issues(set));
		Journey journey = (Journey) set.models().get(0).getElements().get(3);
		assertEquals(TimeUnit.WEEKS, journey.getStages().get(0).getSteps().get(0).getWait().getUnit());
	}

	@Test
	void lettersOfAnyScriptInNames() {
		ModelSet set = TestModels.of("""
				need gezondheid "Gezondheid"
				need slàinte "Slàinte inntinn"
				need здоровье
				persona eoghainn "Eòghainn" { needs slàinte, здоровье, gezondheid }
				""");
		assertEquals(List.of(), TestModels.issues(set));
	}

	@Test
	void signedScoresAndQualifiedServices() {
		ModelSet set = TestModels.of("""
				persona p
				ecosystem e { service s }
				journey j {
				  persona p ecosystem e
				  stage a { step x { at e.s person feels +2 professional feels 0 } }
				}
				""");
		assertEquals(List.of(), TestModels.issues(set));
		Journey journey = (Journey) set.models().get(0).getElements().get(2);
		assertEquals(2, journey.getStages().get(0).getSteps().get(0).getPersonExperience().getScore());
		assertFalse(journey.getStages().get(0).getSteps().get(0).getService().eIsProxy());
	}
}
