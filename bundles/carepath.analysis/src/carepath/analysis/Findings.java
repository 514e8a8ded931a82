package carepath.analysis;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Where a rule reports what it found; the severity and question come from the rule and the settings. */
@FunctionalInterface
public interface Findings {

	/** A finding about one value of a feature (index -1: the whole feature). */
	void report(EObject element, EStructuralFeature feature, int index, String message);

	default void report(EObject element, String message) {
		report(element, null, -1, message);
	}

	default void report(EObject element, EStructuralFeature feature, String message) {
		report(element, feature, -1, message);
	}
}
