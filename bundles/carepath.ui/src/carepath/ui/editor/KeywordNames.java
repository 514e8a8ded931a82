package carepath.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.Position;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Words the lexer reads as keywords that stand as names in the parse (`stage waiting`,
 * `need access`): the language allows any keyword as a name, so only the parse can tell.
 */
final class KeywordNames {
	/** The grammar's rules for names and qualified names. */
	private static final Set<String> NAME_RULES = Set.of("Name", "QualifiedName");
	/** A keyword leaf sits at most this deep below the rule call of a name. */
	private static final int DEPTH = 3;

	private KeywordNames() {
	}

	static List<Position> of(XtextResource resource) {
		List<Position> names = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return names;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword && withinName(leaf)) {
				names.add(new Position(leaf.getOffset(), leaf.getLength()));
			}
		}
		return names;
	}

	private static boolean withinName(ILeafNode leaf) {
		ICompositeNode parent = leaf.getParent();
		for (int depth = 0; parent != null && depth < DEPTH; depth++, parent = parent.getParent()) {
			EObject grammar = parent.getGrammarElement();
			if (grammar instanceof RuleCall call && NAME_RULES.contains(call.getRule().getName())) {
				return true;
			}
		}
		return false;
	}
}
