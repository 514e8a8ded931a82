package carepath.diagram;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The model element a diagram element shows: its EMF URI (file and fragment), and where it is
 * written, so a click on the diagram can select the text.
 */
public record Trace(String element, SourceRange range) {

	public static Trace of(EObject element, SourceLocator locator) {
		return new Trace(EcoreUtil.getURI(element).toString(), locator.locate(element));
	}
}
