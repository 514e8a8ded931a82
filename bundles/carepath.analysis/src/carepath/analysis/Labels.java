package carepath.analysis;

import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.NamedElement;
import carepath.model.Service;

/**
 * How model elements are named where people read them: by their titles (findings, drawings, the
 * pack), falling back to the name the modeller wrote; names alone where an identity is needed.
 */
public final class Labels {
	private Labels() {
	}

	/** A persona or other element as people say it: its title if it has one, else its name. */
	public static String of(NamedElement element) {
		String title = element.getTitle();
		return title != null && !title.isBlank() ? title : element.getName();
	}

	public static String name(NamedElement element) {
		return element == null || element.eIsProxy() ? "?" : element.getName();
	}

	/** `referral gp -> cmht`. */
	public static String of(Connection connection) {
		String kind = connection.getKind() == ConnectionKind.SIGNPOST ? "signpost" : "referral";
		return kind + " " + name(connection.getSource()) + " -> " + name(connection.getTarget());
	}

	/** `referral GP practice → Community Mental Health Team`: a connection as people read it. */
	public static String titled(Connection connection) {
		String kind = connection.getKind() == ConnectionKind.SIGNPOST ? "signpost" : "referral";
		return kind + " " + title(connection.getSource()) + " → " + title(connection.getTarget());
	}

	/** An element by its title, "?" where the name does not resolve. */
	public static String title(NamedElement element) {
		return element == null || element.eIsProxy() ? "?" : of(element);
	}

	/** `GP practice → Community Mental Health Team`: a pathway as people read it. */
	public static String titles(Iterable<? extends Service> services) {
		StringBuilder text = new StringBuilder();
		for (Service service : services) {
			if (!text.isEmpty()) {
				text.append(" → ");
			}
			text.append(title(service));
		}
		return text.toString();
	}
}
