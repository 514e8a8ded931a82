package carepath.ui.diagram;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import carepath.ui.Workbenches;

/** A gesture test's fixture: a file of the mental-health example open, its diagram view showing one map. */
abstract class OnAMap {
	protected Gestures gestures;

	/** The example file to open. */
	abstract String file();

	abstract DiagramKind kind();

	/** The project the file is in: the examples' shared one, unless a test saves files and needs its own. */
	IProject project() throws Exception {
		return Workbenches.exampleProject("mental-health");
	}

	@BeforeEach
	void open() throws Exception {
		gestures = Gestures.open(project(), file(), kind());
	}

	@AfterEach
	void close() throws Exception {
		gestures.close();
	}

	/**
	 * The system map in a copy of the examples of its own, deleted afterwards: for gestures that
	 * change and save files no editor shows (a rename's or a delete's references).
	 */
	abstract static class OnACopyOfTheSystemMap extends OnTheSystemMap {
		protected IProject project;

		@Override
		IProject project() throws Exception {
			project = Workbenches.exampleProject("mental-health", getClass().getSimpleName());
			return project;
		}

		/** The editors close before the copy goes (a subclass's own @AfterEach would run first). */
		@AfterEach
		@Override
		void close() throws Exception {
			super.close();
			project.delete(true, null);
		}

		/** A file of the copy as saved. */
		String saved(String file) throws Exception {
			try (InputStream in = project.getFile(file).getContents(true)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}

	/** The system map of the example (system-map.journey). */
	abstract static class OnTheSystemMap extends OnAMap {
		@Override
		String file() {
			return "system-map.journey";
		}

		@Override
		DiagramKind kind() {
			return DiagramKind.SYSTEM;
		}
	}

	/** The journey map of Sam's challenges (sam-challenges.journey). */
	abstract static class OnTheJourneyMap extends OnAMap {
		@Override
		String file() {
			return "sam-challenges.journey";
		}

		@Override
		DiagramKind kind() {
			return DiagramKind.JOURNEY;
		}
	}
}
