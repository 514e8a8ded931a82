/**
 * The `.journey` editor, standing in for Xtext's {@code XtextEditor} and its services
 * (org.eclipse.xtext.ui.editor): {@code JourneyTokenScanner} and {@code SemanticPresenter} for the
 * lexical and semantic highlighting, {@code JourneyCompletionProcessor} for content assist, {@code
 * JourneyHyperlinkDetector} and {@code DefinitionOpener} for go to definition, {@code
 * JourneyTextHover} for hovers, {@code JourneyOutlinePage} for the outline, {@code FoldRegions}
 * for folding, {@code FormatAction} for the formatter action, {@code ModelUpdater} and {@code
 * Snapshot} for the reconciler and {@code XtextDocument}'s read-only model access, {@code
 * ProblemAnnotations} for the validation annotations.
 */
package carepath.ui.editor;
