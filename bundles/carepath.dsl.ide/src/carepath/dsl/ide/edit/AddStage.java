package carepath.dsl.ide.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;


import carepath.analysis.Identifiers;
import carepath.dsl.load.ModelSet;
import carepath.model.Journey;

/**
 * Adds a stage at the end of a journey, `stage NAME "Title"`, with a name made from the title
 * (unique among the journey's stages), as {@link AddService} names services.
 */
public final class AddStage {
	private AddStage() {
	}

	public static AddService.Added of(ProjectTexts project, String journeyName, String title) throws EditRefused {
		if (title == null || title.isBlank()) {
			throw new EditRefused("a new stage needs a title");
		}
		ModelSet set = project.parse();
		Journey journey = Edits.named(set, journeyName, Journey.class, "a journey");
		Set<String> taken = new HashSet<>();
		journey.getStages().forEach(stage -> taken.add(stage.getName()));
		String name = Identifiers.from(title.strip(), "stage", taken);
		String line = "stage " + name + " " + Edits.quoted(title);
		List<TextEdit> edits = Edits.checked(project, set, journey, "adding the stage '" + title.strip() + "'",
				(file, text) -> List.of(NodeText.intoBlock(file, text, journey, line)));
		return new AddService.Added(edits, name);
	}
}
