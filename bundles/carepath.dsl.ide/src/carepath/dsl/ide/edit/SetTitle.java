package carepath.dsl.ide.edit;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.NamedElement;

/**
 * Sets the title of a named element, what diagrams and reports show (direct editing of a box's
 * label); an empty title takes it away, and the name is shown again. Only the quoted text changes,
 * computed from the node model: the change serializer wrote the whole element again and lost a
 * comment after it (eclipse-xtext/xtext#2550).
 */
public final class SetTitle {
	private SetTitle() {
	}

	public static List<TextEdit> of(ProjectTexts project, String name, String title) throws EditRefused {
		ModelSet set = project.parse();
		NamedElement element = Rename.find(set, name);
		XtextResource resource = (XtextResource) element.eResource();
		Edits.refuseSyntaxErrors(resource);
		if (!hasTitle(element)) {
			throw new EditRefused("a " + element.eClass().getName().toLowerCase() + " has no title in the language; name it instead");
		}
		Set<String> knownErrors = NewErrors.known(set);
		String shown = title == null ? "" : title.strip().replaceAll("[\\r\\n]+", " ");
		URI file = resource.getURI();
		String text = project.text(file);
		String quoted = JourneyLanguage.injector().getInstance(IValueConverterService.class).toString(shown, "STRING");
		List<INode> titles = NodeModelUtils.findNodesForFeature(element, Literals.NAMED_ELEMENT__TITLE);
		TextEdit edit;
		if (!titles.isEmpty()) {
			INode old = titles.get(0);
			edit = shown.isEmpty() ? NodeText.valueRemoval(file, text, element, Literals.NAMED_ELEMENT__TITLE, null) // `gp "GP" {` becomes `gp {`
					: new TextEdit(file, old.getOffset(), old.getLength(), quoted);
		} else if (shown.isEmpty()) {
			return List.of();
		} else {
			INode named = NodeModelUtils.findNodesForFeature(element, Literals.NAMED_ELEMENT__NAME).get(0);
			edit = new TextEdit(file, named.getEndOffset(), 0, " " + quoted);
		}
		List<TextEdit> edits = List.of(edit);
		NewErrors.refuseAny(knownErrors, project.with(edits), "changing the title of " + name);
		return edits;
	}

	/** Whether the rule that writes this kind of element has a title: traits, for one, have a key and a value instead. */
	private static boolean hasTitle(EObject element) {
		Grammar grammar = GrammarUtil.getGrammar(NodeModelUtils.findActualNodeFor(element).getGrammarElement());
		return GrammarUtil.allParserRules(grammar).stream().filter(rule -> rule.getType().getClassifier() == element.eClass())
				.anyMatch(rule -> GrammarUtil.containedAssignments(rule).stream().anyMatch(a -> "title".equals(a.getFeature())));
	}
}
