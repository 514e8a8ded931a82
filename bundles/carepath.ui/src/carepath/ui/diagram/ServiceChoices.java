package carepath.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import carepath.analysis.Labels;
import carepath.diagram.Ids;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Model;
import carepath.model.Service;
import carepath.ui.editor.Snapshot;

/**
 * The services a step of the edited journey can happen at, for the chooser: those of the
 * journey's ecosystem, else of every ecosystem the project has; each as its drawn id and the
 * title a person reads, tab between.
 */
final class ServiceChoices {
	private ServiceChoices() {
	}

	static List<String> of(Snapshot snapshot) {
		List<Ecosystem> maps = new ArrayList<>();
		for (EObject root : snapshot.resource().getContents()) {
			if (root instanceof Model model) {
				model.getElements().stream().filter(Journey.class::isInstance).map(Journey.class::cast)
						.filter(journey -> journey.getEcosystem() != null && !journey.getEcosystem().eIsProxy()).findFirst()
						.ifPresent(journey -> maps.add(journey.getEcosystem()));
			}
		}
		if (maps.isEmpty()) {
			maps.addAll(snapshot.models().elements(Ecosystem.class));
		}
		List<String> choices = new ArrayList<>();
		for (Ecosystem map : maps) {
			for (Service service : map.getServices()) {
				choices.add(Ids.service(service) + "\t" + Labels.of(service));
			}
		}
		return choices;
	}
}
