package carepath.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;

/**
 * Model sets built from text and checked the way the editor and `carepath check` check them: the
 * workshop checks' findings arrive as problems with their code, line and element type.
 */
public final class CheckedModels {
	private CheckedModels() {
	}

	/** Each text becomes a file f1.journey, f2.journey... of one model set. */
	public static ModelSet of(String... texts) {
		ModelSet set = JourneyLanguage.newModelSet();
		for (int i = 0; i < texts.length; i++) {
			String name = "f" + (i + 1) + ".journey";
			set.add(name, URI.createFileURI("/test/" + name), texts[i]);
		}
		return set;
	}

	/**
	 * The findings of one check as `f1:line ElementType`, in report order (exact mode). The model
	 * must be valid language, or the test would prove nothing.
	 */
	public static List<String> findings(ModelSet set, String code) {
		List<Problem> languageProblems = languageProblems(set);
		if (!languageProblems.isEmpty()) {
			throw new AssertionError("the test model is not valid: " + languageProblems);
		}
		List<String> found = new ArrayList<>();
		for (Problem problem : set.validate()) {
			if (problem.code().equals(code)) {
				found.add(problem.file().replace(".journey", "") + ":" + problem.line() + " " + problem.element());
			}
		}
		return found;
	}

	public static List<String> findings(String code, String... texts) {
		return findings(of(texts), code);
	}

	/** The problems of the language itself: test models must have none, or the test proves nothing. */
	public static List<Problem> languageProblems(ModelSet set) {
		return set.validate().stream().filter(problem -> WorkshopChecks.rule(problem.code()) == null).toList();
	}

	/** The messages of one check's findings. */
	public static List<String> messages(ModelSet set, String code) {
		return set.validate().stream().filter(problem -> problem.code().equals(code)).map(Problem::message).toList();
	}
}
