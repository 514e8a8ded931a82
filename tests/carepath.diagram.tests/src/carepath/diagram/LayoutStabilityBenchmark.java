package carepath.diagram;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.testing.ExampleModels;
import carepath.diagram.system.SystemMapGenerator;
import carepath.dsl.load.ModelSet;

/**
 * How far unchanged elements move when the model changes a little: a longer label, one added
 * connection, one added step. Prints the mean and largest displacement of the nodes present
 * before and after, in pixels. Run by `./dev bench`; the figures are reported, not asserted here
 * (LayoutStabilityTest holds the bounds).
 */
class LayoutStabilityBenchmark {

	@Test
	void systemMapEdits() throws Exception {
		String text = java.nio.file.Files.readString(ExampleModels.folder().resolve("mental-health/system-map.journey"));
		String needs = java.nio.file.Files.readString(ExampleModels.folder().resolve("mental-health/needs.journey"));
		report("system map, a longer service title", text, text.replace("\"Recovery cafe\"", "\"Recovery cafe run by volunteers in recovery\""), needs);
		report("system map, one added connection", text, text.replace("  signpost adp -> mutualAid", "  referral housingOptions -> advice\n  signpost adp -> mutualAid"), needs);
		report("system map, one added service", text, text.replace("  signpost adp -> mutualAid", "  service pharmacy \"Community pharmacy\" in clinical\n  signpost adp -> mutualAid"), needs);
	}

	private static void report(String what, String before, String after, String needs) {
		Diagram a = draw(before, needs);
		Diagram b = draw(after, needs);
		List<Double> moves = Stability.displacements(a, b);
		System.out.printf("BENCHMARK stability, %s: %d unchanged nodes, mean displacement %.1f px, largest %.1f px, %d moved more than 20 px%n",
				what, moves.size(), moves.stream().mapToDouble(Double::doubleValue).average().orElse(0),
				moves.stream().mapToDouble(Double::doubleValue).max().orElse(0), moves.stream().filter(d -> d > 20).count());
	}

	static Diagram draw(String text, String needs) {
		ModelSet set = DiagramModels.of(text, needs);
		var ecosystem = set.elements(carepath.model.Ecosystem.class).get(0);
		return Diagrams.systemMap(ecosystem, DiagramModels.SOURCES, FindingIndex.NONE, SystemMapGenerator.Grouping.CATEGORY);
	}
}
