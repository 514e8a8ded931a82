package carepath.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.LoadException;
import carepath.dsl.load.ModelSet;
import carepath.model.TopLevelElement;

/** The project's examples as the test fragments see them (they run two folders below the root). */
public final class ExampleModels {
	private ExampleModels() {
	}

	public static Path folder() {
		Path examples = Path.of("../../examples").toAbsolutePath().normalize();
		if (!Files.isDirectory(examples)) {
			throw new IllegalStateException("examples/ not found from " + Path.of("").toAbsolutePath());
		}
		return examples;
	}

	/** Every example, loaded as `carepath check examples/` loads them, references resolved. */
	public static ModelSet load() {
		return load(folder());
	}

	/** The examples of one folder, e.g. `mental-health`. */
	public static ModelSet load(String subfolder) {
		return load(folder().resolve(subfolder));
	}

	private static ModelSet load(Path path) {
		try {
			ModelSet set = JourneyLanguage.newModelSet().load(List.of(path));
			EcoreUtil.resolveAll(set.resourceSet());
			return set;
		} catch (LoadException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** The top-level element of this kind and name; fails when there is none. */
	public static <T extends TopLevelElement> T named(ModelSet set, Class<T> kind, String name) {
		return set.elements(kind).stream().filter(element -> element.getName().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalStateException("no " + kind.getSimpleName() + " named " + name));
	}
}
