package carepath.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import carepath.analysis.Labels;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.NamedElement;
import carepath.model.Need;
import carepath.model.Persona;
import carepath.model.Service;
import carepath.model.Setting;

/** What a hover says about a named element: its kind, name and title, and the facts a modeller looks up. */
final class ElementSummary {
	private ElementSummary() {
	}

	static String of(EObject element) {
		if (!(element instanceof NamedElement named) || element.eIsProxy()) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		String kind = element.eClass().getName().toLowerCase(Locale.ROOT);
		lines.add(kind + " " + named.getName() + (named.getTitle() != null ? " \"" + named.getTitle() + "\"" : ""));
		if (element instanceof Service service) {
			if (service.getCategory() != null && !service.getCategory().eIsProxy()) {
				lines.add("in " + Labels.of(service.getCategory()));
			}
			if (!service.getSettings().isEmpty()) {
				lines.add("setting " + String.join(", ", service.getSettings().stream().map(Setting::getLiteral).toList()));
			}
			service.getProvides().forEach(provides -> lines.add("provides " + provides));
			service.getAccessCriteria().forEach(access -> lines.add("access " + access));
			if (!service.getMeets().isEmpty()) {
				lines.add("meets " + String.join(", ", service.getMeets().stream().map(Labels::name).toList()));
			}
		} else if (element instanceof Persona persona) {
			if (persona.getAbout() != null) {
				lines.add(persona.getAbout());
			}
			if (!persona.getNeeds().isEmpty()) {
				lines.add("needs " + String.join(", ", persona.getNeeds().stream().map(Need::getName).toList()));
			}
		} else if (element instanceof Ecosystem ecosystem) {
			lines.add(ecosystem.getServices().size() + " services, " + ecosystem.getConnections().size() + " connections");
		} else if (element instanceof Journey journey) {
			lines.add(journey.getStages().size() + " stages");
		}
		if (element.eResource() != null) {
			lines.add("(" + element.eResource().getURI().lastSegment() + ")");
		}
		return String.join("\n", lines);
	}
}
