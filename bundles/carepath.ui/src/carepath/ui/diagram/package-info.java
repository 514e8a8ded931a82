/**
 * The diagram view and its editing, where an Xtext language would use Sirius or a GEF/Graphiti
 * editor over the model (Xtext itself has no diagrams): {@code DiagramView} and {@code
 * DiagramPage} are the canvas and palette; {@code DiagramPresenter} the Sirius refresh from the
 * model; {@code GestureEdits} the diagram tools, mapped to the headless edits of
 * carepath.dsl.ide.edit (Xtext's {@code IChangeSerializer} and rename refactoring); {@code
 * EditorChanges} applies them as Xtext's {@code ChangeConverter} and LTK changes would, one undo
 * step in the open editor.
 */
package carepath.ui.diagram;
