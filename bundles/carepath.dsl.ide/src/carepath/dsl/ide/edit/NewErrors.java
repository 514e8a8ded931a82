package carepath.dsl.ide.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import carepath.analysis.CheckSettings;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopChecks;
import carepath.analysis.WorkshopRule;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;

/**
 * An edit may not leave the project with an error of the language it did not have: the edited
 * texts are checked, and the first new error becomes the reason the edit is refused.
 */
final class NewErrors {
	private NewErrors() {
	}

	/**
	 * The errors a project has before an edit, read from the model set the edit is about to change
	 * (so the texts are parsed once less); to be called before the change.
	 */
	static Set<String> known(ModelSet before) {
		Set<String> known = new HashSet<>();
		for (Problem problem : errors(before)) {
			known.add(problem.code() + " " + problem.message());
		}
		return known;
	}

	static void refuseAny(Set<String> known, ProjectTexts after, String doing) throws EditRefused {
		for (Problem problem : errors(after.parse())) {
			if (!known.contains(problem.code() + " " + problem.message())) {
				throw new EditRefused(doing + " would give an error: " + problem.message() + " (" + problem.file() + ", line "
						+ problem.line() + ")");
			}
		}
	}

	/**
	 * The language's errors: syntax, names, the language's rules and the metamodel's. The workshop
	 * checks are left out; they judge what a map says, which an edit's check need not wait for.
	 */
	private static List<Problem> errors(ModelSet set) {
		return set.useSettings(LANGUAGE_ONLY).validate().stream()
				.filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
	}

	private static final CheckSettings LANGUAGE_ONLY = languageOnly();

	private static CheckSettings languageOnly() {
		CheckSettings settings = CheckSettings.DEFAULTS;
		for (WorkshopRule rule : WorkshopChecks.rules()) {
			settings = settings.withSeverity(rule.code(), Severity.OFF);
		}
		return settings;
	}
}
