package carepath.dsl.formatting;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Inject;
import com.google.inject.Provider;

import carepath.model.Model;

/** Writes a model built in memory (by an import) as formatted `.journey` text. */
public class ModelWriter {
	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The model is placed in a resource at {@code uri} so its references can be written as names. */
	public String write(Model model, URI uri) {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.createResource(uri).getContents().add(model);
		return serializer.serialize(model, SaveOptions.newBuilder().format().getOptions());
	}
}
