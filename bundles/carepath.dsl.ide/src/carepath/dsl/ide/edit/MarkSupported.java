package carepath.dsl.ide.edit;

import java.util.List;


import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;

/**
 * Marks a connection as supported (someone helps the person make the contact: `supported` in
 * its block) or takes the mark away; only that word comes or goes.
 */
public final class MarkSupported {
	private MarkSupported() {
	}

	public static List<TextEdit> of(ProjectTexts project, ConnectionRef which, boolean supported) throws EditRefused {
		ModelSet set = project.parse();
		Connection connection = which.find(set);
		if (connection.isSupported() == supported) {
			return List.of();
		}
		return Edits.checked(project, set, connection, (supported ? "marking" : "unmarking") + " the " + which + " as supported",
				(file, text) -> List.of(supported ? NodeText.intoBlock(file, text, connection, "supported")
						: NodeText.valueRemoval(file, text, connection, Literals.CONNECTION__SUPPORTED, null)));
	}
}
