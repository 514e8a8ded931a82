package carepath.ui.diagram;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import carepath.ui.Workbenches;

/** A gesture test's fixture: a file of the mental-health example open, its diagram view showing one map. */
abstract class OnAMap {
	protected Gestures gestures;

	/** The example file to open. */
	abstract String file();

	abstract DiagramKind kind();

	@BeforeEach
	void open() throws Exception {
		gestures = Gestures.open(Workbenches.exampleProject("mental-health"), file(), kind());
	}

	@AfterEach
	void close() throws Exception {
		gestures.close();
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
