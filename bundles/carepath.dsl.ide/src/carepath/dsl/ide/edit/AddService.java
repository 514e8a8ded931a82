package carepath.dsl.ide.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.XtextResource;

import carepath.analysis.Identifiers;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.CarepathFactory;
import carepath.model.Category;
import carepath.model.Ecosystem;
import carepath.model.Service;

/**
 * Adds a service to an ecosystem, as the last line of the map, with the title a person gave and a name
 * made from it (letters of any script in lower camel case, unique in the ecosystem), optionally in
 * one of the ecosystem's categories. Only the new line is written (NodeText); a map written on one
 * line gets its service through the change serializer, laid out by the formatter.
 */
public final class AddService {
	private AddService() {
	}

	/** The edits, and the name given to the new service, which a diagram selects after the redraw. */
	public record Added(List<TextEdit> edits, String name) {
	}

	public static Added of(ProjectTexts project, String ecosystemName, String categoryName, String title) throws EditRefused {
		if (title == null || title.isBlank()) {
			throw new EditRefused("a new service needs a title");
		}
		ModelSet set = project.parse();
		Ecosystem ecosystem = Edits.named(set, ecosystemName, Ecosystem.class, "a system map");
		Category category = null;
		if (categoryName != null) {
			category = ecosystem.getCategories().stream().filter(c -> categoryName.equals(c.getName())).findFirst()
					.orElseThrow(() -> new EditRefused("the system map has no category '" + categoryName + "'"));
		}
		Set<String> taken = new HashSet<>();
		ecosystem.getServices().forEach(service -> taken.add(service.getName()));
		String name = Identifiers.from(title.strip(), "service", taken);
		Service service = CarepathFactory.eINSTANCE.createService();
		service.setName(name);
		service.setTitle(title.strip());
		service.setCategory(category);
		IValueConverterService converter = JourneyLanguage.injector().getInstance(IValueConverterService.class);
		String line = "service " + name + " " + converter.toString(title.strip(), "STRING")
				+ (category == null ? "" : " in " + category.getName());
		List<TextEdit> edits = Edits.checked(project, set, ecosystem, "adding the service '" + title.strip() + "'", (file, text) -> {
			TextEdit inserted = NodeText.lastLineOfBlock(file, text, ecosystem, line);
			return inserted != null ? List.of(inserted)
					: ChangeSerializing.edits((XtextResource) ecosystem.eResource(), ecosystem, changed -> changed.getServices().add(service));
		});
		return new Added(edits, name);
	}
}
