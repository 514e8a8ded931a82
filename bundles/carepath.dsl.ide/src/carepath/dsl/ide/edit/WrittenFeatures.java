package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What the grammar says about writing an element's features: the assignments of the rule that
 * writes it, which of them are lines of its block (`sector statutory`, `decided by "..."`), and the
 * keywords that introduce each. Read from the grammar, so a new feature of the language shows in
 * the properties panel without code here.
 */
final class WrittenFeatures {
	private WrittenFeatures() {
	}

	static List<Assignment> assignments(EObject element) {
		ParserRule rule = rule(element);
		return rule == null ? List.of() : GrammarUtil.containedAssignments(rule);
	}

	static Assignment assignment(EObject element, String feature) {
		return assignments(element).stream().filter(a -> feature.equals(a.getFeature())).findFirst().orElse(null);
	}

	/** Whether the feature is one line of the element's block, whose words come and go alone. */
	static boolean settable(EObject element, Assignment assignment) {
		EObject choice = assignment.eContainer() instanceof Group group ? group.eContainer() : assignment.eContainer();
		return choice instanceof Alternatives && choice.eContainer() instanceof Group block && block.getElements().stream()
				.anyMatch(part -> part instanceof Keyword keyword && "{".equals(keyword.getValue()));
	}

	/** The keywords written before the value in its own group: `decided by`, `via`, `sector`; none for `joint`. */
	static String keywords(Assignment assignment) {
		if (!(assignment.eContainer() instanceof Group group)) {
			return "";
		}
		List<String> words = new ArrayList<>();
		for (AbstractElement part : group.getElements()) {
			if (part == assignment) {
				break;
			}
			if (part instanceof Keyword keyword) {
				words.add(keyword.getValue());
			}
		}
		return String.join(" ", words);
	}

	/** A value as the language writes it: quoted text, a word of the language (an enumeration's literal), a name. */
	static String value(EStructuralFeature feature, String value) throws EditRefused {
		if (feature.getEType() instanceof EEnum type) {
			if (type.getEEnumLiteralByLiteral(value) == null) {
				throw new EditRefused("'" + value + "' is not one of " + String.join(", ",
						type.getELiterals().stream().map(literal -> literal.getLiteral()).toList()));
			}
			return value;
		}
		if (feature instanceof EReference) {
			if (!Names.isName(value.replace(".", "_"))) {
				throw new EditRefused("'" + value + "' is not a name");
			}
			return value;
		}
		if (feature.getEType() == EcorePackage.Literals.ESTRING) {
			return Edits.quoted(value);
		}
		throw new EditRefused("the " + ElementFields.label(feature) + " is changed in the text");
	}

	private static ParserRule rule(EObject element) {
		var node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return null;
		}
		Grammar grammar = GrammarUtil.getGrammar(node.getGrammarElement());
		return GrammarUtil.allParserRules(grammar).stream().filter(rule -> rule.getType().getClassifier() == element.eClass())
				.findFirst().orElse(null);
	}
}
