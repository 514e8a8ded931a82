package carepath.ui.diagram;

import java.util.List;

import carepath.dsl.ide.edit.CardRef;
import carepath.dsl.ide.edit.ConnectionRef;
import carepath.model.ConnectionKind;

/**
 * Reads the stable ids of drawn elements (carepath.diagram.Ids) back into what the edits take:
 * `service/riverside/gp` is the service `riverside.gp`, `connection/riverside/referral/gp/cmht#2`
 * the second referral from gp to cmht. An id names the element, not its place in the text, so a
 * gesture made on a drawing older than the text finds the element in the current text, or is
 * refused because it is gone.
 */
record DiagramIds(String kind, List<String> names) {

	static DiagramIds of(String id) {
		if (id == null || id.isEmpty()) {
			return new DiagramIds("", List.of());
		}
		List<String> parts = List.of(id.split("/"));
		return new DiagramIds(parts.get(0), parts.subList(1, parts.size()));
	}

	/** The full name of the element (`riverside.gp`, `sam.crisis.call`), for kinds that are named. */
	String fullName() {
		return switch (kind) {
		case "ecosystem", "category", "service", "journey", "stage", "step" -> String.join(".", names);
		case "dot", "quote", "hop", "route", "pain", "good", "idea", "support", "information" -> step().fullName();
		default -> null;
		};
	}

	/** The step a card, dot, hop or route line belongs to; a step's own id is its step. */
	DiagramIds step() {
		if (is("step")) {
			return this;
		}
		int at = names.indexOf("step");
		if (at < 0 || names.size() < at + 4) {
			return new DiagramIds("", List.of());
		}
		return new DiagramIds("step", names.subList(at + 1, at + 4));
	}

	/** Whether this is an element with a name of its own (a card or a dot is part of its step). */
	boolean named() {
		return List.of("ecosystem", "category", "service", "journey", "stage", "step").contains(kind);
	}

	/** The card an id like `pain/step/sam/seeking/firstVisit/1` tells; null for other ids. */
	CardRef card() {
		if (!List.of("pain", "good", "idea", "support", "information").contains(kind) || names.size() != 5) {
			return null;
		}
		return new CardRef(step().fullName(), kind, Integer.parseInt(names.get(4)));
	}

	/** Whose feeling a dot shows: `dot/person/step/...`. */
	String who() {
		return "dot".equals(kind) || "quote".equals(kind) ? names.get(0) : null;
	}

	/** The id these names and kind read as again. */
	String toId() {
		return names.isEmpty() ? kind : kind + "/" + String.join("/", names);
	}

	boolean is(String expected) {
		return kind.equals(expected);
	}

	/** The connection an id like `connection/riverside/referral/gp/cmht#2` tells. */
	ConnectionRef connection() {
		if (!is("connection") || names.size() != 4) {
			return null;
		}
		String target = names.get(3);
		int index = 1;
		int hash = target.indexOf('#');
		if (hash >= 0) {
			index = Integer.parseInt(target.substring(hash + 1));
			target = target.substring(0, hash);
		}
		return new ConnectionRef(names.get(0), ConnectionKind.get(names.get(1)), names.get(2), target, index);
	}

	/** The id a connection is drawn with (carepath.diagram.Ids): `connection/riverside/referral/gp/cmht#2`. */
	static String of(ConnectionRef connection) {
		return "connection/" + connection.ecosystem() + "/" + connection.kind().getLiteral() + "/" + connection.source() + "/"
				+ connection.target() + (connection.index() > 1 ? "#" + connection.index() : "");
	}

	/** The id of the same element under another last name (after a rename, or of a sibling added). */
	String withLastName(String name) {
		StringBuilder id = new StringBuilder(kind);
		for (int i = 0; i < names.size() - 1; i++) {
			id.append('/').append(names.get(i));
		}
		return id.append('/').append(name).toString();
	}

	/** The id of a child of this element: `service/riverside/NAME` for a service added to `ecosystem/riverside`. */
	static String child(String kind, List<String> path, String name) {
		return kind + "/" + String.join("/", path) + "/" + name;
	}
}
