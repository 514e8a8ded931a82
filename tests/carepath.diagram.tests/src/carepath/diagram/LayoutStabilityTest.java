package carepath.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import carepath.testing.ExampleModels;
import carepath.testing.TextEdits;


/**
 * Small edits do not scatter the drawing. Bounds are set from measured figures (see
 * LayoutStabilityBenchmark and docs/diagrams.md), with room for ELK's own rounding.
 */
class LayoutStabilityTest {

	private static String read(String file) throws Exception {
		return Files.readString(ExampleModels.folder().resolve(file));
	}

	@Test
	void systemMapLabelEditAndAddedServiceMoveLittle() throws Exception {
		String map = read("mental-health/system-map.journey");
		String needs = read("mental-health/needs.journey");
		Diagram before = LayoutStabilityBenchmark.draw(map, needs);
		List<Double> title = Stability.displacements(before,
				LayoutStabilityBenchmark.draw(TextEdits.replacedOnce(map, "\"Recovery cafe\"", "\"Recovery cafe run by volunteers in recovery\""), needs));
		assertEquals(13, title.size());
		assertTrue(title.stream().allMatch(d -> d <= 20), "a longer title moved services: " + title);
		List<Double> service = Stability.displacements(before, LayoutStabilityBenchmark.draw(
				TextEdits.replacedOnce(map, "  signpost adp -> mutualAid", "  service pharmacy \"Community pharmacy\" in clinical\n  signpost adp -> mutualAid"),
				needs));
		assertTrue(service.stream().allMatch(d -> d <= 20), "an added service moved others: " + service);
		List<Double> connection = Stability.displacements(before, LayoutStabilityBenchmark.draw(
				TextEdits.replacedOnce(map, "  signpost adp -> mutualAid", "  referral housingOptions -> advice\n  signpost adp -> mutualAid"), needs));
		assertTrue(connection.stream().mapToDouble(Double::doubleValue).average().orElse(0) <= 40,
				"an added connection moved services on average more than 40 px: " + connection);
	}
}
