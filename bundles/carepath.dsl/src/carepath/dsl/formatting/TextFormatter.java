package carepath.dsl.formatting;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a parsed file, whole or in part; the resource itself is left as it was. */
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

	/**
	 * The edits that format the parts of the file within {@code region} (only whitespace
	 * changes), in the order of the text, for an editor to apply as they are.
	 */
	public List<ITextReplacement> replacements(XtextResource resource, ITextRegion region) {
		ITextRegionAccess regions = regionAccessBuilder.get().forNodeModel(resource).create();
		FormatterRequest request = new FormatterRequest().setTextRegionAccess(regions).setRegions(List.of(region));
		return formatterProvider.get().format(request);
	}
}
