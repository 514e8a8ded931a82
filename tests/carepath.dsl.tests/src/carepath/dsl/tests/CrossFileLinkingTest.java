package carepath.dsl.tests;

import static carepath.dsl.tests.TestModels.issues;
import static carepath.dsl.tests.TestModels.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Persona;

/** Every file of a model set sees the top-level names of the others. */
class CrossFileLinkingTest {
	private static final String NEEDS = "need care\nsystem emis\n";
	private static final String PERSONA = "persona ann { needs care }\n";
	private static final String MAP = "ecosystem town { service gp { meets care records emis } }\n";
	private static final String JOURNEY = """
			journey annJourney { persona ann ecosystem town
			  stage s { step visit { at gp gathers "History" in emis } }
			}
			""";

	@Test
	void namesResolveAcrossFiles() {
		ModelSet set = of(NEEDS, PERSONA, MAP, JOURNEY);
		assertEquals(List.of(), issues(set));
		Journey journey = (Journey) set.models().get(3).getElements().get(0);
		Persona ann = (Persona) set.models().get(1).getElements().get(0);
		Ecosystem town = (Ecosystem) set.models().get(2).getElements().get(0);
		assertSame(ann, journey.getPersona());
		assertSame(town.getServices().get(0), journey.getStages().get(0).getSteps().get(0).getService());
	}

	@Test
	void aMissingFileLeavesItsNamesUnresolved() {
		// f1: need care; f2: ecosystem town, then service gp and system emis on line 2
		assertEquals(List.of("unresolved-name@1 Persona", "unresolved-name@1 Journey", "unresolved-name@2 Step",
				"unresolved-name@2 InformationGathering"),
				issues(of(PERSONA, JOURNEY)));
	}

	@Test
	void aFolderIsOneModelSet(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("needs.journey"), NEEDS);
		Files.createDirectories(folder.resolve("people"));
		Files.writeString(folder.resolve("people/ann.journey"), PERSONA);
		Files.writeString(folder.resolve("map.journey"), MAP);
		Files.writeString(folder.resolve("journey.journey"), JOURNEY);
		Files.writeString(folder.resolve("notes.txt"), "not a model");
		ModelSet set = JourneyLanguage.newModelSet().load(List.of(folder));
		assertEquals(4, set.models().size());
		assertEquals(List.of(), TestModels.languageProblems(set));
	}

	@Test
	void stepServicesResolveInTheJourneysEcosystemFirst() {
		ModelSet set = of(NEEDS, PERSONA, MAP, "ecosystem city { service gp }\n", JOURNEY);
		assertEquals(List.of(), issues(set));
		Journey journey = (Journey) set.models().get(4).getElements().get(0);
		assertEquals("town", ((Ecosystem) journey.getStages().get(0).getSteps().get(0).getService().eContainer()).getName());
	}
}
