package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.testing.ExampleModels;

/** Projects for the edit tests: texts given inline as f1.journey, f2.journey..., or an example folder. */
final class Projects {
	private Projects() {
	}

	static URI file(int number) {
		return URI.createFileURI("/project/f" + number + ".journey");
	}

	static ProjectTexts of(String... texts) {
		Map<URI, String> files = new LinkedHashMap<>();
		for (int i = 0; i < texts.length; i++) {
			files.put(file(i + 1), texts[i]);
		}
		return new ProjectTexts(files);
	}

	static ProjectTexts example(String folder) {
		Map<URI, String> files = new LinkedHashMap<>();
		try (Stream<Path> walk = Files.list(ExampleModels.folder().resolve(folder))) {
			for (Path file : walk.filter(p -> p.toString().endsWith(".journey")).sorted().toList()) {
				files.put(URI.createFileURI(file.toString()), Files.readString(file));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ProjectTexts(files);
	}

	static List<String> folders() {
		return List.of("mental-health", "heart-failure");
	}

	/** The edits applied; fails when they change nothing, so a test cannot pass on an edit that did not happen. */
	static ProjectTexts applied(ProjectTexts project, List<TextEdit> edits) {
		ProjectTexts after = project.with(edits);
		assertNotEquals(project.texts(), after.texts(), "the edit changed nothing");
		return after;
	}

	/** The text with one place changed; fails when {@code old} is not there exactly once, so an expectation cannot be the input by mistake. */
	static String replaced(String text, String old, String now) {
		int at = text.indexOf(old);
		assertTrue(at >= 0 && text.indexOf(old, at + 1) < 0, "the test's text holds '" + old + "' once");
		return text.substring(0, at) + now + text.substring(at + old.length());
	}

	/**
	 * The edited texts parse to the original's model with exactly this change made to it in memory:
	 * compared file by file, as EMF compares models (every feature, references by what they refer to).
	 */
	static void assertModelChanged(ProjectTexts before, ProjectTexts after, Consumer<ModelSet> change) {
		ModelSet expected = before.parse();
		change.accept(expected);
		ModelSet actual = after.parse();
		for (URI file : before.texts().keySet()) {
			Resource wanted = expected.resourceSet().getResource(file, false);
			Resource got = actual.resourceSet().getResource(file, false);
			assertTrue(new EcoreUtil.EqualityHelper().equals(wanted.getContents(), got.getContents()),
					file.lastSegment() + ": the model changed otherwise than intended");
		}
	}

	/** Every element of a kind in the example folders, with its folder: what the examples-wide tests go over. */
	static <T extends EObject> void eachInTheExamples(Class<T> kind, BiConsumer<String, T> each) {
		for (String folder : folders()) {
			for (Resource resource : example(folder).parse().resourceSet().getResources()) {
				resource.getAllContents().forEachRemaining(next -> {
					if (kind.isInstance(next)) {
						each.accept(folder, kind.cast(next));
					}
				});
			}
		}
	}

	/** The full name an edit finds an element by (`samChallenges.seeking.firstVisit`). */
	static String fullName(EObject element) {
		return JourneyLanguage.injector().getInstance(IQualifiedNameProvider.class).getFullyQualifiedName(element).toString();
	}
}
