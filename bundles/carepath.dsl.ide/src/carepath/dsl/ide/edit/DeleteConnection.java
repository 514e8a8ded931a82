package carepath.dsl.ide.edit;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

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
		XtextResource resource = (XtextResource) connection.eResource();
		Edits.refuseSyntaxErrors(resource);
		Set<String> knownErrors = NewErrors.known(set);
		URI file = resource.getURI();
		List<TextEdit> edits = List.of(NodeText.removal(file, project.text(file), connection));
		NewErrors.refuseAny(knownErrors, project.with(edits), "deleting the " + which);
		return edits;
	}
}
