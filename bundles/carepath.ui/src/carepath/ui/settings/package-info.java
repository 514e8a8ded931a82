/**
 * The project's check settings page, standing in for the validation preference and property
 * pages Xtext generates ({@code AbstractValidatorConfigurationBlock}), written to the project's
 * carepath.properties so the command line reads the same settings.
 */
package carepath.ui.settings;
