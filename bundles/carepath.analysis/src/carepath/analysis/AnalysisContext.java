package carepath.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Persona;
import carepath.model.TopLevelElement;

/**
 * What the checks may know beyond the element they look at: the other maps of the project (which
 * journeys walk an ecosystem, which personas exist), the settings, and graphs built once per run.
 */
public final class AnalysisContext {
	private final CheckSettings settings;
	private final List<Persona> personas = new ArrayList<>();
	private final Map<Ecosystem, List<Journey>> journeysByEcosystem = new IdentityHashMap<>();
	private final Map<Ecosystem, ServiceGraph> graphs = new IdentityHashMap<>();

	/** A context over every top-level element of the project. */
	public AnalysisContext(Collection<? extends TopLevelElement> project, CheckSettings settings) {
		this.settings = settings;
		for (TopLevelElement element : project) {
			if (element instanceof Persona persona) {
				personas.add(persona);
			} else if (element instanceof Journey journey && journey.getEcosystem() != null
					&& !journey.getEcosystem().eIsProxy()) {
				journeysByEcosystem.computeIfAbsent(journey.getEcosystem(), e -> new ArrayList<>()).add(journey);
			}
		}
	}

	public CheckSettings settings() {
		return settings;
	}

	public long threshold(Threshold threshold) {
		return settings.threshold(threshold);
	}

	public List<Persona> personas() {
		return personas;
	}

	/** The journeys that name this ecosystem as theirs. */
	public List<Journey> journeysThrough(Ecosystem ecosystem) {
		return journeysByEcosystem.getOrDefault(ecosystem, List.of());
	}

	/** The ecosystem's graph, built once however many checks ask for it. */
	public ServiceGraph graph(Ecosystem ecosystem) {
		return graphs.computeIfAbsent(ecosystem, ServiceGraph::new);
	}
}
