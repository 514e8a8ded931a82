package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;

/**
 * The current texts of a project's `.journey` files, the only input of an edit: each operation
 * parses them into a fresh model set of its own, changes that model, and answers with text edits
 * for these texts. The model set is thrown away afterwards, as the change serializer leaves it
 * out of step with the texts.
 */
public final class ProjectTexts {
	private final Map<URI, String> texts;

	public ProjectTexts(Map<URI, String> texts) {
		this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
	}

	public Map<URI, String> texts() {
		return texts;
	}

	public String text(URI file) {
		return texts.get(file);
	}

	/** The texts with these edits applied, for the next edit or for checking the result. */
	public ProjectTexts with(List<TextEdit> edits) {
		Map<URI, List<TextEdit>> byFile = new LinkedHashMap<>();
		for (TextEdit edit : edits) {
			byFile.computeIfAbsent(edit.file(), file -> new ArrayList<>()).add(edit);
		}
		Map<URI, String> changed = new LinkedHashMap<>(texts);
		byFile.forEach((file, fileEdits) -> changed.put(file, TextEdit.apply(texts.get(file), fileEdits)));
		return new ProjectTexts(changed);
	}

	/** Every text parsed into a new model set, every reference resolved. */
	ModelSet parse() {
		ModelSet set = JourneyLanguage.newModelSet();
		texts.forEach((file, text) -> set.add(file.lastSegment(), file, text));
		EcoreUtil.resolveAll(set.resourceSet());
		return set;
	}
}
