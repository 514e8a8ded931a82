package carepath.diagram;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Finds where a model element is written. The diagrams know only the model; whoever parsed the
 * text (the command line, the workbench) knows the ranges and passes them in.
 */
@FunctionalInterface
public interface SourceLocator {
	SourceLocator NONE = element -> SourceRange.UNKNOWN;

	SourceRange locate(EObject element);

	/**
	 * The line and column (from 1) where a feature's value of an element is written, the value at
	 * {@code index} of a list: where `check` points for a finding about it. By default the line of
	 * the element, column 1; {@code null} where it is not known.
	 */
	default int[] lineAndColumn(EObject element, EStructuralFeature feature, int index) {
		SourceRange range = locate(element);
		return range.line() > 0 ? new int[] { range.line(), 1 } : null;
	}
}
