package carepath.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.LoadException;
import carepath.dsl.load.ModelSet;
import carepath.model.MapModel;
import carepath.model.Model;
import carepath.model.TopLevelElement;

/** The project's examples, loaded as `carepath check examples/` loads them. */
public final class Examples {
	private Examples() {
	}

	public static Path folder() {
		Path examples = Path.of("../../examples").toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(examples), "examples/ not found from " + Path.of("").toAbsolutePath());
		return examples;
	}

	public static ModelSet load() {
		try {
			return JourneyLanguage.newModelSet().load(List.of(folder()));
		} catch (LoadException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** The journey or ecosystem of that name. */
	public static MapModel map(ModelSet set, String name) {
		for (Model model : set.models()) {
			for (TopLevelElement element : model.getElements()) {
				if (element instanceof MapModel map && map.getName().equals(name)) {
					return map;
				}
			}
		}
		throw new AssertionError("no map named " + name);
	}
}
