package carepath.ui.editor;

import org.eclipse.xtext.resource.XtextResource;

/** The edited text as parsed now: the latest snapshot when it is of the current text, else parsed afresh. */
@FunctionalInterface
interface CurrentResource {
	XtextResource resource();
}
