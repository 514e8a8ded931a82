package carepath.dsl.formatting;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IAstRegion;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.TypedPreferenceKey;
import org.eclipse.xtext.resource.XtextResource;

import carepath.model.Model;

/**
 * Lays out a journey file the way the examples are written: one property per line inside
 * braces, indented by block, one space between the words of a property, at most one blank line
 * kept between elements. Which token starts a property is read from the grammar's structure (the
 * alternatives of a block's loop), so new properties need no formatter change. Comments stay.
 */
public class JourneyFormatter extends AbstractFormatter2 {

	/** Carepath files are indented by two spaces, whatever the editor's default. */
	@SuppressWarnings("unchecked")
	@Override
	public <T> T getPreference(TypedPreferenceKey<T> key) {
		if (key == FormatterPreferenceKeys.indentation) {
			return (T) "  ";
		}
		if (key == FormatterPreferenceKeys.indentationLength) {
			return (T) Integer.valueOf(2);
		}
		return super.getPreference(key);
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			if (!resource.getContents().isEmpty()) {
				format(resource.getContents().get(0), document);
			}
		} else if (object instanceof Model model) {
			formatModel(model, document);
		} else if (object instanceof EObject element) {
			formatElement(element, document);
		}
	}

	private void formatModel(Model model, IFormattableDocument document) {
		List<? extends EObject> elements = model.getElements();
		for (int i = 0; i < elements.size(); i++) {
			if (i > 0) {
				document.prepend(elements.get(i), line -> line.setNewLines(1, 1, 2));
			}
			format(elements.get(i), document);
		}
		if (!elements.isEmpty()) {
			document.append(elements.get(elements.size() - 1), end -> end.setNewLines(1));
		}
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		if (region == null) {
			return;
		}
		ISemanticRegion open = region.getRegionFor().keyword("{");
		ISemanticRegion close = region.getRegionFor().keyword("}");
		if (open != null && close != null) {
			document.interior(open, close, block -> block.indent());
			document.prepend(close, line -> line.newLine());
		}
		boolean first = true;
		IAstRegion previous = null;
		for (IAstRegion part : region.getAstRegions()) {
			if (!first && part != close) {
				if (startsProperty(part.getGrammarElement()) && !continuesLine(previous, part)) {
					prepend(part, document, true);
				} else if (isKeyword(part, ",")) {
					document.prepend((ISemanticRegion) part, none -> none.noSpace());
				} else {
					prepend(part, document, false);
				}
			}
			first = false;
			previous = part;
			if (part instanceof IEObjectRegion child) {
				format(child.getSemanticElement(), document);
			}
		}
	}

	private static void prepend(IAstRegion part, IFormattableDocument document, boolean onNewLine) {
		if (part instanceof IEObjectRegion child) {
			document.prepend(child.getSemanticElement(),
					onNewLine ? line -> line.setNewLines(1, 1, 2) : space -> space.oneSpace());
		} else {
			document.prepend((ISemanticRegion) part,
					onNewLine ? line -> line.setNewLines(1, 1, 2) : space -> space.oneSpace());
		}
	}

	/** `at gp via phone` reads as one sentence, as in the language's own examples: keep it on one line. */
	private static boolean continuesLine(IAstRegion previous, IAstRegion part) {
		return isKeyword(part, "via") && previous != null
				&& GrammarUtil.containingAssignment(previous.getGrammarElement()) instanceof Assignment assignment
				&& assignment.getFeature().equals("service");
	}

	private static boolean isKeyword(IAstRegion part, String value) {
		return part.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(value);
	}

	/** True for the first token of one alternative of a block's `{ (...)* }` loop. */
	static boolean startsProperty(EObject grammarElement) {
		EObject element = grammarElement;
		if (element.eContainer() instanceof CrossReference) {
			element = element.eContainer();
		}
		if (element.eContainer() instanceof Assignment) {
			element = element.eContainer();
		}
		if (element.eContainer() instanceof Group group && group.getElements().get(0) == element) {
			element = group;
		}
		EObject parent = element.eContainer();
		if (parent instanceof Alternatives loop && isRepeated(loop.getCardinality())) {
			return followsOpenBrace(loop);
		}
		return element instanceof Assignment assignment && isRepeated(assignment.getCardinality())
				&& followsOpenBrace(assignment);
	}

	private static boolean isRepeated(String cardinality) {
		return "*".equals(cardinality) || "+".equals(cardinality);
	}

	private static boolean followsOpenBrace(EObject element) {
		if (element.eContainer() instanceof Group group) {
			int index = group.getElements().indexOf(element);
			return index > 0 && group.getElements().get(index - 1) instanceof Keyword keyword
					&& keyword.getValue().equals("{");
		}
		return false;
	}
}
