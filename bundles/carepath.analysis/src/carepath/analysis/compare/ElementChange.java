package carepath.analysis.compare;

import org.eclipse.emf.ecore.EObject;

/**
 * One element of either map: its kind (`stage`, `step`, `service`, `category`, `connection`), the
 * name it is matched by, what happened to it, and the element before and after (null where absent).
 */
public record ElementChange(String kind, String name, ChangeKind change, EObject before, EObject after) {
}
