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

	/**
	 * One edit can flatter a setting: here every referral that one could add between two services
	 * of an example map that are not yet connected, each laid out against the map without it.
	 */
	@Test
	void everyConnectionOneCouldAdd() throws Exception {
		String mental = java.nio.file.Files.readString(ExampleModels.folder().resolve("mental-health/system-map.journey"));
		String mentalNeeds = java.nio.file.Files.readString(ExampleModels.folder().resolve("mental-health/needs.journey"));
		sweep("mental health map", mental, "  signpost adp -> mutualAid", mentalNeeds);
		String heart = java.nio.file.Files.readString(ExampleModels.folder().resolve("heart-failure/zorglandschap.journey"));
		String heartNeeds = java.nio.file.Files.readString(ExampleModels.folder().resolve("heart-failure/behoeften.journey"));
		// The as-is map alone: the to-be map after it in the file improves it.
		sweep("heart failure map (as-is)", heart.substring(0, heart.indexOf("ecosystem hfZorgStraks")), "  signpost hfPoli -> lotgenoten",
				heartNeeds);
	}

	private static void sweep(String what, String text, String anchor, String needs) {
		Diagram before = draw(text, needs);
		List<String> services = DiagramModels.of(text, needs).elements(carepath.model.Ecosystem.class).get(0).getServices()
				.stream().map(carepath.model.Service::getName).toList();
		double means = 0;
		double largest = 0;
		double moved = 0;
		int edits = 0;
		for (String from : services) {
			for (String to : services) {
				if (from.equals(to) || java.util.regex.Pattern.compile(" " + from + " -> " + to + "\\b").matcher(text).find()) {
					continue;
				}
				List<Double> moves = Stability.displacements(before,
						draw(text.replace(anchor, "  referral " + from + " -> " + to + "\n" + anchor), needs));
				means += moves.stream().mapToDouble(Double::doubleValue).average().orElse(0);
				largest += moves.stream().mapToDouble(Double::doubleValue).max().orElse(0);
				moved += moves.stream().filter(d -> d > 20).count();
				edits++;
			}
		}
		System.out.printf("BENCHMARK stability, %s, each of %d connections one could add: mean displacement %.1f px, largest %.1f px, %.1f of %d services moved more than 20 px (averages over the edits)%n",
				what, edits, means / edits, largest / edits, moved / edits, services.size());
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
