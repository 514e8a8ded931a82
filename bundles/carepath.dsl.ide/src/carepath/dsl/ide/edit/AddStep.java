package carepath.dsl.ide.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.analysis.Identifiers;
import carepath.dsl.load.ModelSet;
import carepath.model.Journey;
import carepath.model.Stage;
import carepath.model.Step;

/**
 * Adds a step, `step NAME "Title"`, just before or after another step (on a line of its own,
 * indented as that step), or at the end of a stage; its name is made from the title, unique in
 * the journey.
 */
public final class AddStep {
	private AddStep() {
	}

	public static AddService.Added beside(ProjectTexts project, String stepName, boolean after, String title) throws EditRefused {
		requireTitle(title);
		ModelSet set = project.parse();
		Step anchor = Edits.step(set, stepName);
		String name = newName((Journey) anchor.eContainer().eContainer(), title);
		String line = "step " + name + " " + Edits.quoted(title);
		List<TextEdit> edits = Edits.checked(project, set, anchor, "adding the step '" + title.strip() + "'", (file, text) -> {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(anchor);
			TextEdit lines = NodeText.wholeLines(file, text, node.getOffset(), node.getEndOffset(), true);
			if (lines == null) { // written beside other words: the new step goes beside it too
				return List.of(after ? new TextEdit(file, node.getEndOffset(), 0, " " + line) : new TextEdit(file, node.getOffset(), 0, line + " "));
			}
			String indent = text.substring(lines.offset(), node.getOffset());
			int at = after ? lines.offset() + lines.length() : lines.offset();
			boolean lastLineUnended = after && !text.substring(lines.offset(), at).endsWith("\n");
			String lineBreak = NodeText.lineBreak(text);
			return List.of(new TextEdit(file, at, 0, lastLineUnended ? lineBreak + indent + line : indent + line + lineBreak));
		});
		return new AddService.Added(edits, name);
	}

	/** At the end of a stage, making its block when it has none. */
	public static AddService.Added into(ProjectTexts project, String stageName, String title) throws EditRefused {
		requireTitle(title);
		ModelSet set = project.parse();
		Stage stage = Edits.named(set, stageName, Stage.class, "a stage");
		String name = newName((Journey) stage.eContainer(), title);
		List<TextEdit> edits = Edits.checked(project, set, stage, "adding the step '" + title.strip() + "'",
				(file, text) -> List.of(NodeText.intoBlock(file, text, stage, "step " + name + " " + Edits.quoted(title))));
		return new AddService.Added(edits, name);
	}

	private static void requireTitle(String title) throws EditRefused {
		if (title == null || title.isBlank()) {
			throw new EditRefused("a new step needs a title");
		}
	}

	private static String newName(Journey journey, String title) {
		Set<String> taken = new HashSet<>();
		journey.getStages().forEach(stage -> stage.getSteps().forEach(step -> taken.add(step.getName())));
		return Identifiers.from(title.strip(), "step", taken);
	}
}
