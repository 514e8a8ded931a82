package carepath.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.analysis.WorkshopChecks;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.testing.ExampleModels;

/** The pack says where each finding is written exactly as `check` does: the same line and column. */
class FindingPlacesTest {

	@Test
	void everyFindingOfTheExamplesIsPlacedAsCheckPlacesIt() {
		ModelSet examples = ExampleModels.load();
		List<Problem> checked = examples.validate().stream().filter(problem -> WorkshopChecks.rule(problem.code()) != null)
				.toList();
		String pages = new String(
				WorkshopPack.html(PackFixtures.input(examples)).stream().map(file -> new String(file.content(),
						java.nio.charset.StandardCharsets.UTF_8)).reduce("", String::concat));
		assertTrue(checked.size() > 50, checked.size() + " findings");
		for (Problem problem : checked) {
			String file = java.nio.file.Path.of(problem.file()).getFileName().toString();
			String place = file + ", line " + problem.line() + ", column " + problem.column();
			assertTrue(pages.contains(place), problem + ": the pack does not say " + place);
		}
	}
}
