package carepath.ui.diagram;

import java.util.List;
import java.util.function.Predicate;

import carepath.dsl.ide.edit.AddCard;
import carepath.dsl.ide.edit.AddService;
import carepath.dsl.ide.edit.AddStage;
import carepath.dsl.ide.edit.AddStep;
import carepath.dsl.ide.edit.CardRef;
import carepath.dsl.ide.edit.Connect;
import carepath.dsl.ide.edit.ConnectionRef;
import carepath.dsl.ide.edit.Delete;
import carepath.dsl.ide.edit.DeleteCard;
import carepath.dsl.ide.edit.DeleteConnection;
import carepath.dsl.ide.edit.EditRefused;
import carepath.dsl.ide.edit.MarkSupported;
import carepath.dsl.ide.edit.MoveStep;
import carepath.dsl.ide.edit.MoveToCategory;
import carepath.dsl.ide.edit.ProjectTexts;
import carepath.dsl.ide.edit.Reconnect;
import carepath.dsl.ide.edit.Rename;
import carepath.dsl.ide.edit.SetCardText;
import carepath.dsl.ide.edit.SetConnectionDetails;
import carepath.dsl.ide.edit.SetDeclinedPathway;
import carepath.dsl.ide.edit.SetFeeling;
import carepath.dsl.ide.edit.SetQuote;
import carepath.dsl.ide.edit.SetStepPlace;
import carepath.dsl.ide.edit.SetTitle;
import carepath.dsl.ide.edit.TextEdit;
import carepath.model.Channel;
import carepath.model.ConnectionKind;
import carepath.model.PainKind;

/**
 * Turns a gesture made on a drawing into the text edits of the headless operation it stands for
 * (carepath.dsl.ide.edit), computed on the project's texts as they are now. No SWT: the view
 * collects the gesture and applies the edits; tests call this directly.
 */
final class GestureEdits {
	private GestureEdits() {
	}

	/** A gesture as the page reports it: what, on which drawn element (its id), towards which other, with what value. */
	record Gesture(String action, String element, String other, String value) {
	}

	/** The edits, and the id of the element to select once the drawing shows them (null: keep the selection). */
	record Outcome(List<TextEdit> edits, String select) {
	}

	/**
	 * @param confirm asked before a delete that would also remove references elsewhere; answers
	 *                whether to go on
	 */
	static Outcome of(Gesture gesture, ProjectTexts project, Predicate<String> confirm) throws EditRefused {
		Outcome outcome = compute(gesture, project, confirm);
		// A drop where the element already is (its own category) writes what is there: no change, no undo step.
		List<TextEdit> changes = outcome.edits().stream().filter(edit -> !project.text(edit.file())
				.substring(edit.offset(), edit.offset() + edit.length()).equals(edit.text())).toList();
		return new Outcome(changes, outcome.select());
	}

	private static Outcome compute(Gesture gesture, ProjectTexts project, Predicate<String> confirm) throws EditRefused {
		DiagramIds element = DiagramIds.of(gesture.element());
		DiagramIds other = DiagramIds.of(gesture.other());
		String value = gesture.value() == null ? "" : gesture.value();
		return switch (gesture.action()) {
		case "add-service" -> {
			String map = element.is("category") ? element.names().get(0) : element.fullName();
			String category = element.is("category") ? element.names().get(1) : null;
			AddService.Added added = AddService.of(project, map, category, value);
			yield new Outcome(added.edits(), DiagramIds.child("service", List.of(map), added.name()));
		}
		case "connect" -> {
			ConnectionKind kind = ConnectionKind.get(value);
			if (kind == null || !element.is("service") || !other.is("service")) {
				throw new EditRefused("drag from one service to another to connect them");
			}
			Connect.Made made = Connect.made(project, element.fullName(), other.fullName(), kind);
			yield new Outcome(made.edits(), DiagramIds.of(made.connection()));
		}
		case "declined" -> {
			ConnectionRef referral = requireConnection(element);
			requireService(other, "drag from the referral to the service people go to when it is declined");
			yield new Outcome(SetDeclinedPathway.of(project, qualified(referral, referral.source()),
					qualified(referral, referral.target()), other.fullName()), gesture.element());
		}
		case "reconnect" -> {
			ConnectionRef connection = requireConnection(element);
			requireService(other, "drop the end of the line on a service");
			yield new Outcome(Reconnect.of(project, connection, "source".equals(value), other.fullName()), null);
		}
		case "supported" -> new Outcome(MarkSupported.of(project, requireConnection(element), Boolean.parseBoolean(value)),
				gesture.element());
		case "move" -> {
			requireService(element, "only a service moves into a category");
			String category = other.is("category") ? other.names().get(1) : null;
			if (!other.is("category") && !other.is("ecosystem")) {
				throw new EditRefused("drop the service on a category group, or on the map outside every group");
			}
			yield new Outcome(MoveToCategory.of(project, element.fullName(), category), gesture.element());
		}
		case "title" -> new Outcome(SetTitle.of(project, ownName(element), value), gesture.element());
		case "rename" -> new Outcome(Rename.of(project, ownName(element), value.strip()), element.withLastName(value.strip()));
		case "text" -> {
			CardRef card = element.card();
			if (card != null) {
				yield new Outcome(SetCardText.of(project, card, value), gesture.element());
			}
			if (!element.is("quote")) {
				throw new EditRefused("only a card or a quote has words of its own to change here");
			}
			yield new Outcome(SetQuote.of(project, named(element), who(element), value), gesture.element());
		}
		case "place" -> {
			Channel channel = value.isEmpty() ? null : Channel.get(value);
			String service = other.is("service") ? other.fullName() : null;
			if (!element.is("step") || service == null && channel == null) {
				throw new EditRefused("choose a service or a channel for the step");
			}
			yield new Outcome(SetStepPlace.of(project, element.fullName(), service, channel), gesture.element());
		}
		case "criterion" -> new Outcome(SetConnectionDetails.addCriterion(project, requireConnection(element), value), gesture.element());
		case "decided" -> new Outcome(SetConnectionDetails.decidedBy(project, requireConnection(element), value), gesture.element());
		case "delete" -> delete(element, project, confirm);
		case "feel" -> {
			yield new Outcome(SetFeeling.of(project, named(element), who(element), parseScore(value)), gesture.element());
		}
		case "add-card" -> {
			AddCard.Card card = switch (gesture.other()) {
			case "good" -> AddCard.Card.GOOD;
			case "idea" -> AddCard.Card.IDEA;
			default -> AddCard.Card.pain(painKind(gesture.other()));
			};
			yield new Outcome(AddCard.of(project, named(element), card, value), element.step().toId());
		}
		case "add-stage" -> {
			String journey = element.is("journey") ? element.fullName() : element.is("stage") ? element.names().get(0) : null;
			if (journey == null) {
				throw new EditRefused("a stage is added to a journey");
			}
			AddService.Added added = AddStage.of(project, journey, value);
			yield new Outcome(added.edits(), DiagramIds.child("stage", List.of(journey), added.name()));
		}
		case "add-step" -> {
			AddService.Added added = element.is("stage") ? AddStep.into(project, element.fullName(), value)
					: AddStep.beside(project, named(element), !"before".equals(gesture.other()), value);
			DiagramIds stage = element.is("stage") ? element : element.step();
			yield new Outcome(added.edits(), DiagramIds.child("step", stage.names().subList(0, 2), added.name()));
		}
		case "move-step" -> {
			// The step keeps its name; its id follows it into the stage it lands in.
			DiagramIds stage = other.is("stage") ? other : other.step();
			String moved = DiagramIds.child("step", stage.names().subList(0, 2), element.names().get(element.names().size() - 1));
			yield new Outcome(MoveStep.of(project, named(element), named(other)), moved);
		}
		default -> throw new EditRefused("this diagram cannot do '" + gesture.action() + "'");
		};
	}

	private static Outcome delete(DiagramIds element, ProjectTexts project, Predicate<String> confirm) throws EditRefused {
		ConnectionRef connection = element.connection();
		if (connection != null) {
			return new Outcome(DeleteConnection.of(project, connection), null);
		}
		CardRef card = element.card();
		if (card != null) {
			return new Outcome(DeleteCard.of(project, card), null);
		}
		String name = ownName(element);
		List<Delete.Reference> references = Delete.references(project, name);
		if (!references.isEmpty()) {
			StringBuilder question = new StringBuilder("'" + name + "' is referred to in " + references.size()
					+ (references.size() == 1 ? " place:" : " places:"));
			references.forEach(reference -> question.append("\n  ").append(reference));
			question.append("\n\nDelete those references too?");
			if (!confirm.test(question.toString())) {
				return new Outcome(List.of(), null);
			}
		}
		return new Outcome(Delete.of(project, name, !references.isEmpty()), null);
	}

	private static String named(DiagramIds element) throws EditRefused {
		String name = element.fullName();
		if (name == null || name.isEmpty()) {
			throw new EditRefused("this part of the drawing stands for no element that can be changed here");
		}
		return name;
	}

	/** The name of an element that has one of its own: a card, dot or quote is not its step. */
	private static String ownName(DiagramIds element) throws EditRefused {
		if (!element.named()) {
			throw new EditRefused("this part of the drawing has no name or title of its own");
		}
		return named(element);
	}

	private static SetFeeling.Who who(DiagramIds element) {
		return "professional".equals(element.who()) ? SetFeeling.Who.PROFESSIONAL : SetFeeling.Who.PERSON;
	}

	private static ConnectionRef requireConnection(DiagramIds element) throws EditRefused {
		ConnectionRef connection = element.connection();
		if (connection == null) {
			throw new EditRefused("this is not a connection of the system map");
		}
		return connection;
	}

	private static void requireService(DiagramIds element, String otherwise) throws EditRefused {
		if (!element.is("service")) {
			throw new EditRefused(otherwise);
		}
	}

	private static String qualified(ConnectionRef connection, String service) {
		return connection.ecosystem() + "." + service;
	}

	private static int parseScore(String value) throws EditRefused {
		try {
			return Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
		} catch (NumberFormatException e) {
			throw new EditRefused("a feeling is scored from -2 to +2");
		}
	}

	private static PainKind painKind(String other) throws EditRefused {
		PainKind kind = other != null && other.startsWith("pain:") ? PainKind.get(other.substring(5)) : null;
		if (kind == null) {
			throw new EditRefused("a card is a pain point of a kind, good practice or an idea");
		}
		return kind;
	}
}
