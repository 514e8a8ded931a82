package carepath.diagram;

import org.eclipse.emf.ecore.EObject;

/**
 * Finds where a model element is written. The diagrams know only the model; whoever parsed the
 * text (the command line, the workbench) knows the ranges and passes them in.
 */
@FunctionalInterface
public interface SourceLocator {
	SourceLocator NONE = element -> SourceRange.UNKNOWN;

	SourceRange locate(EObject element);
}
