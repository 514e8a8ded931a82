/**
 * New project and new file wizards, standing in for Xtext's generated project and file wizards
 * ({@code org.eclipse.xtext.ui.wizard.template}): {@code JourneyTemplate} plays the file
 * templates, {@code NewCarepathProjectWizard} the project template with the example maps.
 */
package carepath.ui.wizards;
