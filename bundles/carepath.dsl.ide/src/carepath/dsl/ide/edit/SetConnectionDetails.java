package carepath.dsl.ide.edit;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

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
		return change(project, which, "adding a criterion to the " + which, (connection, file, text) ->
				NodeText.intoBlock(file, text, connection, "criteria " + Edits.quoted(criterion)));
	}

	/** An empty {@code who} takes `decided by` away. */
	public static List<TextEdit> decidedBy(ProjectTexts project, ConnectionRef which, String who) throws EditRefused {
		String said = who == null ? "" : who.strip();
		return change(project, which, "saying who decides on the " + which, (connection, file, text) -> {
			List<INode> now = NodeModelUtils.findNodesForFeature(connection, Literals.CONNECTION__DECIDED_BY);
			if (said.isEmpty()) {
				return now.isEmpty() ? null : NodeText.valueRemoval(file, text, connection, Literals.CONNECTION__DECIDED_BY, null);
			}
			return now.isEmpty() ? NodeText.intoBlock(file, text, connection, "decided by " + Edits.quoted(said))
					: new TextEdit(file, now.get(0).getOffset(), now.get(0).getLength(), Edits.quoted(said));
		});
	}

	private interface Change {
		TextEdit of(Connection connection, URI file, String text);
	}

	private static List<TextEdit> change(ProjectTexts project, ConnectionRef which, String doing, Change change) throws EditRefused {
		ModelSet set = project.parse();
		Connection connection = which.find(set);
		XtextResource resource = (XtextResource) connection.eResource();
		Edits.refuseSyntaxErrors(resource);
		Set<String> knownErrors = NewErrors.known(set);
		URI file = resource.getURI();
		TextEdit edit = change.of(connection, file, project.text(file));
		if (edit == null) {
			return List.of();
		}
		List<TextEdit> edits = List.of(edit);
		NewErrors.refuseAny(knownErrors, project.with(edits), doing);
		return edits;
	}
}
