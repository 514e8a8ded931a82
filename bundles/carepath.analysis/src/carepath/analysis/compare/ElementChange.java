package carepath.analysis.compare;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import carepath.analysis.Labels;
import carepath.model.Connection;
import carepath.model.NamedElement;

/**
 * One element of either map: its kind (`stage`, `step`, `service`, `category`, `connection`), the
 * name it is matched by, what happened to it, and the element before and after (null where absent).
 */
public record ElementChange(String kind, String name, ChangeKind change, EObject before, EObject after) {

	/** For a changed element, what it says differently; empty otherwise. */
	public List<Difference> differences() {
		return change == ChangeKind.CHANGED ? Differences.between(before, after) : List.of();
	}

	/** The element as people name it: its title (the redesign's where it has one), a connection by its services' titles. */
	public String title() {
		EObject shown = after != null ? after : before;
		if (shown instanceof Connection connection) {
			return Labels.titled(connection);
		}
		return shown instanceof NamedElement named ? Labels.of(named) : name;
	}
}
