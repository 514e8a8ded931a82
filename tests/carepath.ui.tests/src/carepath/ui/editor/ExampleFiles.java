package carepath.ui.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import carepath.testing.ExampleModels;

/** The `.journey` files of every example folder, for tests that go through them all. */
final class ExampleFiles {
	private ExampleFiles() {
	}

	static List<Path> all() throws IOException {
		try (Stream<Path> files = Files.walk(ExampleModels.folder())) {
			List<Path> journeys = files.filter(file -> file.toString().endsWith(".journey")).sorted().toList();
			assertFalse(journeys.isEmpty(), "there are examples");
			return journeys;
		}
	}
}
