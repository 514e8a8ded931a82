package carepath.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

import carepath.model.CarepathPackage;

/**
 * What only the parse can tell about a word: that it names the element being declared, or refers
 * to a service, need, IT system, persona, category or map. Names are shown plain even where the
 * lexer took them for keywords (`stage waiting`); references take the colour of what they name.
 */
final class SemanticHighlights {
	/** A styled stretch of the text. */
	record Highlight(int offset, int length, TextAttribute style) {
	}

	static final TextAttribute NAME = new TextAttribute(null, null, SWT.NORMAL);
	private static final CarepathPackage MODEL = CarepathPackage.eINSTANCE;
	private static final Map<EClassifier, TextAttribute> REFERENCES = Map.of(
			MODEL.getService(), reference(0x00, 0x69, 0x5c),
			MODEL.getNeed(), reference(0x28, 0x35, 0x93),
			MODEL.getInformationSystem(), reference(0xbf, 0x36, 0x0c),
			MODEL.getPersona(), reference(0x5d, 0x40, 0x37),
			MODEL.getCategory(), reference(0x45, 0x5a, 0x64));
	/** Journeys and ecosystems, named after `improves` or `ecosystem`. */
	static final TextAttribute MAP_REFERENCE = reference(0x45, 0x27, 0xa0);
	/** A word sits at most this deep below the grammar element that makes it a name or reference. */
	private static final int DEPTH = 3;

	private SemanticHighlights() {
	}

	static List<Highlight> of(XtextResource resource) {
		List<Highlight> highlights = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return highlights;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				TextAttribute style = styleOf(leaf);
				if (style != null) {
					highlights.add(new Highlight(leaf.getOffset(), leaf.getLength(), style));
				}
			}
		}
		return highlights;
	}

	/** The style the parse gives this word: that of a reference or a declared name; null if none. */
	private static TextAttribute styleOf(ILeafNode leaf) {
		INode node = leaf;
		for (int depth = 0; node != null && depth <= DEPTH; depth++, node = node.getParent()) {
			EObject grammar = node.getGrammarElement();
			if (grammar == null) {
				continue;
			}
			CrossReference reference = GrammarUtil.containingCrossReference(grammar);
			if (reference != null) {
				EClassifier target = reference.getType().getClassifier();
				return REFERENCES.getOrDefault(target, MAP_REFERENCE);
			}
			Assignment assignment = GrammarUtil.containingAssignment(grammar);
			if (assignment != null) {
				return "name".equals(assignment.getFeature()) ? NAME : null;
			}
		}
		return null;
	}

	private static TextAttribute reference(int red, int green, int blue) {
		return new TextAttribute(new Color(red, green, blue), null, SWT.NORMAL);
	}
}
