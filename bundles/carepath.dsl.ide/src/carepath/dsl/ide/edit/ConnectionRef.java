package carepath.dsl.ide.edit;

import java.util.List;

import carepath.dsl.load.ModelSet;
import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;

/**
 * Which connection of a system map: connections have no name, so they are told by their kind,
 * their two services and, where several are alike, their place among those (1 for the first), as
 * the diagrams' ids tell them (`connection/riverside/referral/gp/cmht#2`).
 */
public record ConnectionRef(String ecosystem, ConnectionKind kind, String source, String target, int index) {

	@Override
	public String toString() {
		return kind.getLiteral() + " " + source + " -> " + target + (index > 1 ? " (number " + index + ")" : "");
	}

	/** The connection, or a refusal saying it is no longer there (the text changed since it was drawn). */
	Connection find(ModelSet set) throws EditRefused {
		if (!(Rename.find(set, ecosystem) instanceof Ecosystem map)) {
			throw new EditRefused("'" + ecosystem + "' is not a system map");
		}
		List<Connection> alike = map.getConnections().stream().filter(c -> c.getKind() == kind && named(c.getSource(), source)
				&& named(c.getTarget(), target)).toList();
		if (index < 1 || index > alike.size()) {
			throw new EditRefused("the map has no " + this + " any more");
		}
		return alike.get(index - 1);
	}

	private static boolean named(carepath.model.Service service, String name) {
		return service != null && !service.eIsProxy() && name.equals(service.getName());
	}
}
