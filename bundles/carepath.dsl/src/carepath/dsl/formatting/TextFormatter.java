package carepath.dsl.formatting;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed file and returns the new text; the resource itself is left as it was. */
public class TextFormatter {
	@Inject
	private Provider<IFormatter2> formatterProvider;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilder;

	public String format(XtextResource resource) {
		ITextRegionAccess regions = regionAccessBuilder.get().forNodeModel(resource).create();
		FormatterRequest request = new FormatterRequest().setTextRegionAccess(regions);
		List<ITextReplacement> replacements = formatterProvider.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
