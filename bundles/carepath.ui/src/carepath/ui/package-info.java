/**
 * Carepath Studio's workbench, standing in for the Eclipse UI that Xtext generates for a language
 * (org.eclipse.xtext.ui, not obtainable from Maven Central): docs/workbench.md says what each
 * package replaces. {@code JourneyServices} stands in for the generated {@code JourneyUiModule} and
 * its activator's injector, giving the UI the runtime and IDE services; {@code
 * CarepathPerspective} has no Xtext counterpart.
 */
package carepath.ui;
