package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;
import carepath.model.Ecosystem;
import carepath.model.Service;

/**
 * Says where people go when a referral turns them away (dragging from the referral to that
 * service): `if declined -> SERVICE` in the referral's block, which is made when it has none; an
 * existing pathway is redirected. Only those words change.
 */
public final class SetDeclinedPathway {
	private SetDeclinedPathway() {
	}

	public static List<TextEdit> of(ProjectTexts project, String sourceName, String targetName, String pathwayName) throws EditRefused {
		ModelSet set = project.parse();
		Service source = Edits.service(set, sourceName);
		Service target = Edits.service(set, targetName);
		Service pathway = Edits.service(set, pathwayName);
		if (!(source.eContainer() instanceof Ecosystem ecosystem) || pathway.eContainer() != ecosystem) {
			throw new EditRefused("'" + pathwayName + "' is not a service of the same system map as " + sourceName);
		}
		List<Connection> found = ecosystem.getConnections().stream()
				.filter(c -> c.getSource() == source && c.getTarget() == target).toList();
		if (found.size() != 1) {
			throw new EditRefused(found.isEmpty() ? "there is no referral from " + sourceName + " to " + targetName
					: "there are " + found.size() + " connections from " + sourceName + " to " + targetName);
		}
		Connection connection = found.get(0);
		return Edits.checked(project, set, connection, "sending people declined by " + targetName + " to " + pathwayName, (file, text) -> {
			List<INode> now = NodeModelUtils.findNodesForFeature(connection, Literals.CONNECTION__DECLINED_PATHWAY);
			return List.of(now.isEmpty() ? NodeText.intoBlock(file, text, connection, "if declined -> " + pathway.getName())
					: new TextEdit(file, now.get(0).getOffset(), now.get(0).getLength(), pathway.getName()));
		});
	}
}
