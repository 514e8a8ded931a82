package carepath.analysis.compare;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import carepath.model.NamedElement;

/**
 * Whether two elements of different maps say the same. References count as equal when they name
 * the same thing: an as-is and a to-be map point at different services called `gp`.
 */
final class SameContent {
	private SameContent() {
	}

	static boolean equal(EObject before, EObject after) {
		if (before == null || after == null) {
			return before == after;
		}
		if (before.eClass() != after.eClass()) {
			return false;
		}
		for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
			if (!equal(feature, before.eGet(feature), after.eGet(feature))) {
				return false;
			}
		}
		return true;
	}

	private static boolean equal(EStructuralFeature feature, Object before, Object after) {
		if (before instanceof List<?> list && after instanceof List<?> other) {
			if (list.size() != other.size()) {
				return false;
			}
			for (int index = 0; index < list.size(); index++) {
				if (!equal(feature, list.get(index), other.get(index))) {
					return false;
				}
			}
			return true;
		}
		if (feature instanceof EAttribute) {
			return Objects.equals(before, after);
		}
		if (((EReference) feature).isContainment()) {
			return equal((EObject) before, (EObject) after);
		}
		return Objects.equals(nameOf(before), nameOf(after));
	}

	private static String nameOf(Object referenced) {
		return referenced instanceof NamedElement named ? named.getName() : null;
	}
}
