package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;

/**
 * A connection's access criteria and who decides (the questions of a systems-mapping workshop):
 * a criterion is added as `criteria "..."`; `decided by "..."` is set in place or added. Only
 * those words change.
 */
public final class SetConnectionDetails {
	private SetConnectionDetails() {
	}

	public static List<TextEdit> addCriterion(ProjectTexts project, ConnectionRef which, String criterion) throws EditRefused {
		if (criterion == null || criterion.isBlank()) {
			throw new EditRefused("a criterion needs its words");
		}
		ModelSet set = project.parse();
		Connection connection = which.find(set);
		return Edits.checked(project, set, connection, "adding a criterion to the " + which,
				(file, text) -> List.of(NodeText.intoBlock(file, text, connection, "criteria " + Edits.quoted(criterion))));
	}

	/** An empty {@code who} takes `decided by` away. */
	public static List<TextEdit> decidedBy(ProjectTexts project, ConnectionRef which, String who) throws EditRefused {
		String said = who == null ? "" : who.strip();
		ModelSet set = project.parse();
		Connection connection = which.find(set);
		return Edits.checked(project, set, connection, "saying who decides on the " + which, (file, text) -> {
			List<INode> now = NodeModelUtils.findNodesForFeature(connection, Literals.CONNECTION__DECIDED_BY);
			if (said.isEmpty()) {
				return now.isEmpty() ? List.of() : List.of(NodeText.valueRemoval(file, text, connection, Literals.CONNECTION__DECIDED_BY, null));
			}
			return List.of(now.isEmpty() ? NodeText.intoBlock(file, text, connection, "decided by " + Edits.quoted(said))
					: new TextEdit(file, now.get(0).getOffset(), now.get(0).getLength(), Edits.quoted(said)));
		});
	}
}
