package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;
import carepath.model.Service;

/**
 * Moves one end of a connection to another service of the same map (dragging the end of the
 * line): only that name in `referral gp -> cmht` changes.
 */
public final class Reconnect {
	private Reconnect() {
	}

	/** {@code source}: the end the person comes from; else the end they go to. */
	public static List<TextEdit> of(ProjectTexts project, ConnectionRef which, boolean source, String serviceName) throws EditRefused {
		ModelSet set = project.parse();
		Connection connection = which.find(set);
		Service service = Edits.service(set, serviceName);
		if (service.eContainer() != connection.eContainer()) {
			throw new EditRefused("'" + serviceName + "' is not a service of the same system map");
		}
		Service other = source ? connection.getTarget() : connection.getSource();
		if (service == other) {
			throw new EditRefused("a service cannot refer or signpost to itself");
		}
		return Edits.checked(project, set, connection, "moving the " + (source ? "start" : "end") + " of the " + which + " to " + serviceName,
				(file, text) -> {
					INode end = NodeModelUtils.findNodesForFeature(connection,
							source ? Literals.CONNECTION__SOURCE : Literals.CONNECTION__TARGET).get(0);
					return List.of(new TextEdit(file, end.getOffset(), end.getLength(), service.getName()));
				});
	}
}
