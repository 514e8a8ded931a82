package carepath.ui.diagram;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import carepath.diagram.ParsedSources;
import carepath.analysis.Finding;
import carepath.analysis.WorkshopChecks;
import carepath.diagram.Diagram;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.SourceLocator;
import carepath.diagram.system.SystemMapGenerator.Grouping;
import carepath.dsl.validation.ProjectSettings;
import carepath.dsl.validation.RecordedFindings;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Model;
import carepath.ui.editor.Snapshot;

/** The views the diagram view offers, and which map of the edited file each draws. */
enum DiagramKind {
	JOURNEY("Journey map"), SYSTEM("System map"), ROUTE("Route"), NEEDS("Needs matrix");

	private static final SourceLocator SOURCES = ParsedSources.INSTANCE;
	private final String label;

	DiagramKind(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	/**
	 * This view of the first journey or ecosystem of the edited file (a journey's system map is
	 * that of its ecosystem); null when the file holds nothing this view can draw.
	 */
	Diagram draw(Snapshot snapshot) {
		Journey journey = first(snapshot, Journey.class);
		Ecosystem ecosystem = first(snapshot, Ecosystem.class);
		if (ecosystem == null && journey != null && journey.getEcosystem() != null && !journey.getEcosystem().eIsProxy()) {
			ecosystem = journey.getEcosystem();
		}
		FindingIndex findings = findings(journey != null && this == JOURNEY, snapshot);
		return switch (this) {
		case JOURNEY -> journey != null ? Diagrams.journeyMap(journey, SOURCES, findings)
				: ecosystem != null ? Diagrams.systemMap(ecosystem, SOURCES, findings, Grouping.CATEGORY) : null;
		case SYSTEM -> ecosystem == null ? null : Diagrams.systemMap(ecosystem, SOURCES, findings, Grouping.CATEGORY);
		case ROUTE -> journey == null ? null : Diagrams.route(journey, SOURCES, findings);
		case NEEDS -> ecosystem == null ? null
				: Diagrams.needsMatrix(ecosystem, Diagrams.personaOf(ecosystem, snapshot.models().elements(Journey.class)), SOURCES);
		};
	}

	/**
	 * The findings to mark: a journey map needs only its own file's, which checking the text
	 * already found; views of maps in other files run the checks over the project.
	 */
	private static FindingIndex findings(boolean ownFileOnly, Snapshot snapshot) {
		List<Finding> all = ownFileOnly ? RecordedFindings.of(snapshot.resource())
				: WorkshopChecks.run(snapshot.models().resourceSet().getResources(), ProjectSettings.of(snapshot.resource()));
		return FindingIndex.drawn(all);
	}

	private static <T extends EObject> T first(Snapshot snapshot, Class<T> kind) {
		List<EObject> contents = snapshot.resource().getContents();
		if (contents.isEmpty() || !(contents.get(0) instanceof Model model)) {
			return null;
		}
		return model.getElements().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElse(null);
	}
}
