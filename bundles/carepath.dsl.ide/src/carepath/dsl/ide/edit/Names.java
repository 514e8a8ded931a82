package carepath.dsl.ide.edit;

import org.eclipse.emf.common.util.URI;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.Need;

/** Whether a word is a name in the language: asked of the language's own parser, not a copy of its rule. */
final class Names {
	private Names() {
	}

	static boolean isName(String candidate) {
		if (candidate == null || candidate.isEmpty() || candidate.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
			return false;
		}
		ModelSet set = JourneyLanguage.newModelSet();
		var resource = set.add("name", URI.createURI("memory:/name.journey"), "need " + candidate + "\n");
		return !resource.getParseResult().hasSyntaxErrors() && resource.getContents().size() == 1
				&& set.elements(Need.class).size() == 1 && candidate.equals(set.elements(Need.class).get(0).getName());
	}
}
