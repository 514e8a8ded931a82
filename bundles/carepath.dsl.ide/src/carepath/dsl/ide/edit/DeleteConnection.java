package carepath.dsl.ide.edit;

import java.util.List;

import carepath.dsl.load.ModelSet;
import carepath.model.Connection;

/**
 * Deletes one connection with its lines (and its block: criteria, who decides, if declined);
 * nothing refers to a connection, so nothing else changes.
 */
public final class DeleteConnection {
	private DeleteConnection() {
	}

	public static List<TextEdit> of(ProjectTexts project, ConnectionRef which) throws EditRefused {
		ModelSet set = project.parse();
		Connection connection = which.find(set);
		return Edits.checked(project, set, connection, "deleting the " + which,
				(file, text) -> List.of(NodeText.removal(file, text, connection)));
	}
}
