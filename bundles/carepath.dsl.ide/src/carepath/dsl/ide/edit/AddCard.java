package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.conversion.IValueConverterService;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.PainKind;
import carepath.model.Step;

/**
 * Adds a card to a step of a journey map: a pain point of a kind (`pain waiting "..."`), good
 * practice (`good "..."`) or a change idea (`idea "..."`), as the last line of the step's block,
 * which is made when the step has none.
 */
public final class AddCard {
	private AddCard() {
	}

	/** What kind of card: a pain point names its kind (gap, waiting...); the others need none. */
	public record Card(String keyword, PainKind pain) {
		public static Card pain(PainKind kind) {
			return new Card("pain", kind);
		}

		public static final Card GOOD = new Card("good", null);
		public static final Card IDEA = new Card("idea", null);

		String words(String text) {
			IValueConverterService converter = JourneyLanguage.injector().getInstance(IValueConverterService.class);
			String quoted = text.isEmpty() ? "" : converter.toString(text, "STRING");
			return pain == null ? keyword + " " + quoted : keyword + " " + pain.getLiteral() + (quoted.isEmpty() ? "" : " " + quoted);
		}
	}

	public static List<TextEdit> of(ProjectTexts project, String stepName, Card card, String text) throws EditRefused {
		String said = text == null ? "" : text.strip().replaceAll("[\\r\\n]+", " ");
		if (said.isEmpty() && card.pain() == null) {
			throw new EditRefused("a " + (card == Card.GOOD ? "good practice" : "change idea") + " card needs its words");
		}
		ModelSet set = project.parse();
		Step step = Edits.step(set, stepName);
		return Edits.checked(project, set, step, "adding a card to " + stepName,
				(file, written) -> List.of(NodeText.intoBlock(file, written, step, card.words(said))));
	}
}
