/**
 * Stands in for Xtext's builder participant and {@code XtextBuilder} (org.eclipse.xtext.builder):
 * {@code CarepathNature} is the Xtext nature, {@code JourneyBuilder} checks a project's
 * `.journey` files on save and turns problems into markers as Xtext's {@code MarkerUpdater} does.
 */
package carepath.ui.builder;
