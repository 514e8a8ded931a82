/**
 * Edits of the model as text edits, headless (no SWT): each operation takes the current texts of
 * the project ({@link carepath.dsl.ide.edit.ProjectTexts}), reads a fresh model of them, and
 * returns minimal text edits, computed by Xtext's change serializer (rename) or from the node
 * model's text regions (the others; see NodeText), so that the `.journey` text stays the only
 * source of truth and untouched lines stay byte for byte. The same operations serve `carepath rename`, Studio's diagram
 * gestures and, later, a language server's code actions. {@link carepath.dsl.ide.edit.Rename}
 * stands in for Xtext's rename refactoring (org.eclipse.xtext.ui.refactoring, RenameService2 in
 * the language server), which is not available here.
 */
package carepath.dsl.ide.edit;
