/**
 * Quick fixes, standing in for Xtext's {@code DefaultQuickfixProvider} and its {@code @Fix}
 * methods (org.eclipse.xtext.ui.editor.quickfix): one class per fix, keyed by the problem's code
 * as {@code @Fix(code)} is; {@code JourneyQuickAssistProcessor} plays {@code
 * XtextQuickAssistProcessor}.
 */
package carepath.ui.quickfix;
