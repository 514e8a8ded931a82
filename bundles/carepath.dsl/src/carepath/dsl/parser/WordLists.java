package carepath.dsl.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;

/**
 * The language's word lists (pain kinds, settings, channels, time units...) as its grammar writes
 * them, and the keyword each follows (`pain`, `setting`, `via`...), read from the grammar so that
 * messages cannot drift from what the parser accepts.
 */
final class WordLists {
	/** The enum rule whose words follow a keyword, by the keyword. */
	private final Map<String, EnumRule> afterKeyword = new HashMap<>();
	private final Map<String, EnumRule> byName = new HashMap<>();

	WordLists(Grammar grammar) {
		for (AbstractRule rule : GrammarUtil.allRules(grammar)) {
			if (rule instanceof EnumRule enumRule) {
				byName.put(rule.getName(), enumRule);
			}
		}
		for (EObject element : (Iterable<EObject>) () -> grammar.eAllContents()) {
			if (element instanceof Keyword keyword && keyword.eContainer() instanceof Group group) {
				List<AbstractElement> elements = group.getElements();
				int at = elements.indexOf(keyword);
				if (at + 1 < elements.size() && elements.get(at + 1) instanceof Assignment assignment
						&& assignment.getTerminal() instanceof RuleCall call && call.getRule() instanceof EnumRule enumRule) {
					afterKeyword.putIfAbsent(keyword.getValue(), enumRule);
				}
			}
		}
	}

	/** The word list written after this keyword, or null. */
	EnumRule after(String keyword) {
		return afterKeyword.get(keyword);
	}

	EnumRule named(String name) {
		return byName.get(name);
	}

	/** The words of a list, one per meaning, in the grammar's order: `minutes`, not also `minute`. */
	static List<String> words(EnumRule rule) {
		Map<String, String> first = new LinkedHashMap<>();
		for (EObject element : (Iterable<EObject>) () -> rule.eAllContents()) {
			if (element instanceof EnumLiteralDeclaration literal) {
				first.putIfAbsent(literal.getEnumLiteral().getName(), literal.getLiteral().getValue());
			}
		}
		return new ArrayList<>(first.values());
	}

	/** Every word the list accepts, singular forms included. */
	static List<String> allWords(EnumRule rule) {
		List<String> all = new ArrayList<>();
		for (EObject element : (Iterable<EObject>) () -> rule.eAllContents()) {
			if (element instanceof EnumLiteralDeclaration literal) {
				all.add(literal.getLiteral().getValue());
			}
		}
		return all;
	}
}
