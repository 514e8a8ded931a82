package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Experience;
import carepath.model.Step;

/**
 * Sets how the person or the professional feels at a step, a score from -2 to +2 (dragging a
 * point of the experience curve): only the score's words change (`person feels -1 "..."` becomes
 * `person feels +1 "..."`, the quote stays); a step without that feeling gets the line.
 */
public final class SetFeeling {
	private SetFeeling() {
	}

	/** Whose feeling: the words that start its line. */
	public enum Who {
		PERSON("person"), PROFESSIONAL("professional");

		private final String word;

		Who(String word) {
			this.word = word;
		}

		public String word() {
			return word;
		}
	}

	public static List<TextEdit> of(ProjectTexts project, String stepName, Who who, int score) throws EditRefused {
		if (score < -2 || score > 2) {
			throw new EditRefused("a feeling is scored from -2 to +2, not " + score);
		}
		ModelSet set = project.parse();
		Step step = Edits.step(set, stepName);
		String written = score > 0 ? "+" + score : Integer.toString(score);
		Experience feeling = who == Who.PERSON ? step.getPersonExperience() : step.getProfessionalExperience();
		return Edits.checked(project, set, step, "setting how the " + who.word() + " feels at " + stepName, (file, text) -> {
			if (feeling == null) {
				return List.of(NodeText.intoBlock(file, text, step, who.word() + " feels " + written));
			}
			INode now = NodeModelUtils.findNodesForFeature(feeling, Literals.EXPERIENCE__SCORE).get(0);
			return List.of(new TextEdit(file, now.getOffset(), now.getLength(), written));
		});
	}
}
