package carepath.diagram;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import carepath.model.Category;
import carepath.model.Connection;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.NamedElement;
import carepath.model.Service;
import carepath.model.Stage;
import carepath.model.Step;

/**
 * Stable ids for diagram elements, made of the names on the path to the element: the same model
 * gives the same ids, and an edit elsewhere in the file leaves them alone.
 */
public final class Ids {
	private Ids() {
	}

	public static String journey(Journey journey) {
		return "journey/" + journey.getName();
	}

	public static String stage(Stage stage) {
		return "stage/" + name(stage.eContainer()) + "/" + stage.getName();
	}

	public static String step(Step step) {
		Stage stage = (Stage) step.eContainer();
		return "step/" + name(stage.eContainer()) + "/" + stage.getName() + "/" + step.getName();
	}

	public static String ecosystem(Ecosystem ecosystem) {
		return "ecosystem/" + ecosystem.getName();
	}

	public static String category(Category category) {
		return "category/" + name(category.eContainer()) + "/" + category.getName();
	}

	public static String service(Service service) {
		return "service/" + name(service.eContainer()) + "/" + service.getName();
	}

	/** Connections are named by kind, source and target; a second equal one gets `#2`. */
	public static String connection(Connection connection) {
		return connections((Ecosystem) connection.eContainer()).get(connection);
	}

	/** The ids of all of an ecosystem's connections at once: one pass, for maps with thousands. */
	public static Map<Connection, String> connections(Ecosystem ecosystem) {
		Map<String, Integer> seen = new HashMap<>();
		Map<Connection, String> ids = new IdentityHashMap<>();
		for (Connection connection : ecosystem.getConnections()) {
			String key = key(connection);
			int count = seen.merge(key, 1, Integer::sum);
			ids.put(connection, "connection/" + ecosystem.getName() + "/" + key + (count > 1 ? "#" + count : ""));
		}
		return ids;
	}

	private static String key(Connection connection) {
		return connection.getKind().getLiteral() + "/" + name(connection.getSource()) + "/" + name(connection.getTarget());
	}

	private static String name(Object element) {
		return element instanceof NamedElement named && !named.eIsProxy() ? named.getName() : "?";
	}
}
