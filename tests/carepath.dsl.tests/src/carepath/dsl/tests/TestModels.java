package carepath.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

import carepath.analysis.WorkshopChecks;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.testing.ExampleModels;

/** Builds model sets from text and finds the shared corpus: the examples and the language sample. */
final class TestModels {
	private TestModels() {
	}

	/** Each text becomes a file f1.journey, f2.journey... of one model set. */
	static ModelSet of(String... texts) {
		ModelSet set = JourneyLanguage.newModelSet();
		for (int i = 0; i < texts.length; i++) {
			String name = "f" + (i + 1) + ".journey";
			set.add(name, URI.createFileURI("/test/" + name), texts[i]);
		}
		return set;
	}

	/**
	 * The language's problems as `code@line ElementType`, in report order: tests compare the whole
	 * list (exact mode). The workshop checks still run but are tested in carepath.analysis.tests.
	 */
	static List<String> issues(ModelSet set) {
		List<String> issues = new ArrayList<>();
		for (Problem problem : languageProblems(set)) {
			issues.add(problem.code() + "@" + problem.line() + " " + problem.element());
		}
		return issues;
	}

	/** Every problem but the findings of the workshop checks, which carepath.analysis.tests cover. */
	static List<Problem> languageProblems(ModelSet set) {
		return set.validate().stream().filter(problem -> WorkshopChecks.rule(problem.code()) == null).toList();
	}

	static Path examples() {
		return ExampleModels.folder();
	}

	/** Every .journey file of the examples plus the sample of shared/language.md. */
	static List<Path> corpus() {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(examples())) {
			walk.filter(p -> p.toString().endsWith(".journey")).sorted().forEach(files::add);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		files.add(languageSample());
		return files;
	}

	static Path languageSample() {
		return Path.of("resources/language-sample.journey").toAbsolutePath();
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
