package carepath.dsl.ide.edit;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

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
		XtextResource resource = (XtextResource) connection.eResource();
		Edits.refuseSyntaxErrors(resource);
		Set<String> knownErrors = NewErrors.known(set);
		URI file = resource.getURI();
		String text = project.text(file);
		TextEdit edit = supported ? NodeText.intoBlock(file, text, connection, "supported")
				: NodeText.valueRemoval(file, text, connection, Literals.CONNECTION__SUPPORTED, null);
		List<TextEdit> edits = List.of(edit);
		NewErrors.refuseAny(knownErrors, project.with(edits), (supported ? "marking" : "unmarking") + " the " + which + " as supported");
		return edits;
	}
}
