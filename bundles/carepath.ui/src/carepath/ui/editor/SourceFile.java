package carepath.ui.editor;

import org.eclipse.emf.common.util.URI;

/** One `.journey` file's text, under the URI it is known by. */
record SourceFile(String name, URI uri, String text) {
}
