package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.testing.SyntheticModels;

/** The benchmark's generator makes valid models of the size asked for. */
class SyntheticModelsTest {

	@Test
	void generatedModelIsValidAndSized() {
		ModelSet set = SyntheticModels.load(SyntheticModels.generate(100, 300, 50, 1));
		assertEquals(List.of(), TestModels.languageProblems(set));
		Ecosystem area = (Ecosystem) set.models().get(2).getElements().get(0);
		assertEquals(100, area.getServices().size());
		assertEquals(300, area.getConnections().size());
		Journey trip = (Journey) set.models().get(3).getElements().get(0);
		assertEquals(50, trip.getStages().stream().mapToInt(s -> s.getSteps().size()).sum());
	}

	@Test
	void generationIsDeterministic() {
		assertEquals(SyntheticModels.generate(50, 100, 20, 7), SyntheticModels.generate(50, 100, 20, 7));
	}
}
