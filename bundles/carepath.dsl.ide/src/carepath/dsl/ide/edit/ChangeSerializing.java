package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IChangeSerializer.IModification;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;

/**
 * Runs one model change through Xtext's change serializer and returns the minimal text edits it
 * makes: only the changed tokens are rewritten (the formatter lays out what is new), references to
 * a renamed element are updated in every file of the set, comments and untouched lines stay byte
 * for byte. Each call uses a fresh serializer; the model set is left out of step with its texts.
 */
final class ChangeSerializing {
	private ChangeSerializing() {
	}

	static <T extends Notifier> List<TextEdit> edits(XtextResource resource, T context, IModification<T> modification) {
		IChangeSerializer serializer = resource.getResourceServiceProvider().get(IChangeSerializer.class);
		IResourceScopeCache scopes = resource.getResourceServiceProvider().get(IResourceScopeCache.class);
		serializer.addModification(context, changed -> {
			modification.modify(changed);
			// A file's scopes are cached until that file changes; the references of the other files
			// are rewritten after this change, through scopes that must see it (a step's services).
			for (Resource each : resource.getResourceSet().getResources()) {
				scopes.clear(each);
			}
		});
		List<TextEdit> edits = new ArrayList<>();
		serializer.applyModifications(change -> {
			if (!(change instanceof ITextDocumentChange document)) {
				throw new IllegalStateException("a change that is no text edit: " + change.getResource().getURI());
			}
			for (ITextReplacement replacement : document.getReplacements()) {
				edits.add(new TextEdit(document.getOldURI(), replacement.getOffset(), replacement.getLength(),
						replacement.getReplacementText()));
			}
		});
		return edits;
	}
}
