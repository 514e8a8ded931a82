package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import carepath.testing.SyntheticModels;

/**
 * Computing an edit, warm: a rename of a service referred to across files, on the typical example
 * (target under 50 ms) and on the large synthetic model of 1,000 services (target under 300 ms).
 * What it costs: parsing the project's texts into a fresh model set, the change serializer, and
 * checking the result for new errors. Not part of `./dev test`: it prints figures.
 */
class EditBenchmark {
	private static final int WARM_UP = 5;
	private static final int MEASURED = 9;

	@Test
	void renameOnTheTypicalExample() throws Exception {
		measure("rename a service, mental-health example", Projects.example("mental-health"), "riverside.gp", "practice");
	}

	@Test
	void renameOnTheLargeSyntheticModel() throws Exception {
		Map<URI, String> texts = new LinkedHashMap<>();
		SyntheticModels.large().forEach((name, text) -> texts.put(URI.createFileURI("/synthetic/" + name), text));
		measure("rename a service, 1,000 services and a 500-step journey", new ProjectTexts(texts), "svc17", "service17");
	}

	private static void measure(String what, ProjectTexts project, String oldName, String newName) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			assertFalse(Rename.of(project, oldName, newName).isEmpty());
		}
		long[] millis = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			Rename.of(project, oldName, newName);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("%s: median %d ms (min %d, max %d)%n", what, millis[MEASURED / 2], millis[0], millis[MEASURED - 1]);
	}
}
