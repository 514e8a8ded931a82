package carepath.exchange;

import java.util.List;

import org.eclipse.emf.common.util.URI;

import carepath.dsl.formatting.ModelWriter;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.model.Model;

/** An imported model as `carepath import` writes it, and what the language says of that text on its own. */
record WrittenText(String text, List<Problem> errors) {

	static WrittenText of(Model model) {
		URI uri = URI.createFileURI("/imported/out.journey");
		String text = JourneyLanguage.injector().getInstance(ModelWriter.class).write(model, uri);
		ModelSet set = JourneyLanguage.newModelSet();
		set.add("out.journey", uri, text);
		return new WrittenText(text, set.validate().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList());
	}
}
