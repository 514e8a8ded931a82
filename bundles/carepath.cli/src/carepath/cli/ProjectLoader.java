package carepath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;

import carepath.analysis.CheckSettings;
import carepath.analysis.Finding;
import carepath.analysis.SettingsFile;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.LoadException;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.dsl.validation.RecordedFindings;

/**
 * Loads the files and folders named on the command line as one model set, with the check
 * settings of the project: the file given with --settings, else the `carepath.properties` in the
 * first path's folder or the nearest folder above it.
 */
final class ProjectLoader {
	static final String BAD_SETTING = "bad-setting";

	/** The loaded models, and the problems of the settings file's lines that could not be used. */
	record Loaded(ModelSet models, CheckSettings settings, List<Problem> settingsProblems) {

		/** Every problem: the settings file's and the models'. */
		List<Problem> validate() {
			List<Problem> problems = new ArrayList<>(settingsProblems);
			problems.addAll(models.validate());
			problems.sort(null);
			return problems;
		}

		/**
		 * The workshop findings on every file, as validating found them: commands that draw or
		 * report them after {@link #validate()} need not run the checks again.
		 */
		List<Finding> findings() {
			List<Finding> findings = new ArrayList<>();
			for (Resource resource : models.resourceSet().getResources()) {
				findings.addAll(RecordedFindings.of(resource));
			}
			return findings;
		}
	}

	/** The command cannot go on; what went wrong has been printed, the command exits with this code. */
	static final class Stopped extends Exception {
		private static final long serialVersionUID = 1L;
		private final int exit;

		Stopped(int exit) {
			super(null, null, false, false);
			this.exit = exit;
		}

		int exit() {
			return exit;
		}
	}

	private ProjectLoader() {
	}

	/**
	 * Loads as {@link #load} does, for commands that only work on models without errors: a load
	 * problem is printed and stops them as a usage or I/O error (2), errors in the models are
	 * printed and stop them with 1, saying what they would have done ({@code doing}: "drawing").
	 */
	static Loaded loadWithoutErrors(List<Path> paths, Path settingsOption, String doing, PrintWriter err) throws Stopped {
		Loaded loaded;
		try {
			loaded = load(paths, settingsOption);
		} catch (LoadException e) {
			throw new Stopped(Main.usageError(err, e.getMessage()));
		}
		List<Problem> errors = loaded.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(err::println);
			err.println("carepath: fix the errors above before " + doing);
			throw new Stopped(Main.MODEL_ERRORS);
		}
		return loaded;
	}

	static Loaded load(List<Path> paths, Path settingsOption) throws LoadException {
		ModelSet models = JourneyLanguage.newModelSet();
		List<Problem> problems = new ArrayList<>();
		CheckSettings settings = CheckSettings.DEFAULTS;
		Optional<Path> settingsFile = settingsOption != null ? Optional.of(settingsOption)
				: SettingsFile.find(paths.get(0));
		if (settingsFile.isPresent()) {
			Path file = settingsFile.get();
			if (!Files.isRegularFile(file)) {
				throw new LoadException(file + ": no such settings file");
			}
			try {
				SettingsFile.Read read = SettingsFile.read(file);
				String name = displayName(file);
				for (SettingsFile.Problem problem : read.problems()) {
					problems.add(new Problem(name, problem.line(), problem.column(), Problem.Severity.ERROR,
							problem.message(), BAD_SETTING, "", ""));
				}
				settings = read.settings();
				models.useSettings(settings);
			} catch (IOException e) {
				throw new LoadException(file + ": cannot read the settings file (" + e.getMessage() + ")");
			}
		}
		models.load(paths);
		return new Loaded(models, settings, problems);
	}

	/** The path as the user would write it: relative to the working folder where it lies below it. */
	private static String displayName(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path here = Path.of("").toAbsolutePath();
		return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
	}
}
