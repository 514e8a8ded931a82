package carepath.analysis;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a workshop check found: phrased as the finding, about one model element (and, where it
 * helps to point closer, one of its features and the index of a value in it), with the stable
 * code of the check and the workshop question it answers.
 */
public record Finding(String code, Severity severity, String message, EObject element, EStructuralFeature feature,
		int index, WorkshopQuestion question) {
}
