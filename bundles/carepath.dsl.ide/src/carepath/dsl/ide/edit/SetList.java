package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;

/**
 * Sets the values of a list written in an element's block, from a properties panel: a list written
 * one line per value (`provides "..."`, `access "..."`, `criteria "..."`) changes value by value
 * (a changed value in place, a removed one with its line, a new one on a new line after the last),
 * a list written with commas (`setting home, phone`, `meets housing, money`) is written anew
 * between its first and last value. Values are texts, words of the language (settings) or names.
 */
public final class SetList {
	private SetList() {
	}

	public static List<TextEdit> ofElement(ProjectTexts project, String name, String feature, List<String> values) throws EditRefused {
		ModelSet set = project.parse();
		return set(project, set, Rename.find(set, name), name, feature, values);
	}

	public static List<TextEdit> ofConnection(ProjectTexts project, ConnectionRef which, String feature, List<String> values)
			throws EditRefused {
		ModelSet set = project.parse();
		return set(project, set, which.find(set), which.toString(), feature, values);
	}

	/** A list on an element's own line, not a line of a block: `gathers "a", "b"` of an information card; never emptied. */
	static List<TextEdit> ofElementIn(ProjectTexts project, ModelSet set, EObject element, String shown, String featureName,
			List<String> values) throws EditRefused {
		if (values.stream().allMatch(String::isBlank)) {
			throw new EditRefused("the " + shown + " needs at least one item; delete the card instead");
		}
		return set(project, set, element, shown, featureName, values, false);
	}

	private static List<TextEdit> set(ProjectTexts project, ModelSet set, EObject element, String shown, String featureName,
			List<String> values) throws EditRefused {
		return set(project, set, element, shown, featureName, values, true);
	}

	private static List<TextEdit> set(ProjectTexts project, ModelSet set, EObject element, String shown, String featureName,
			List<String> values, boolean lineOfBlock) throws EditRefused {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		Assignment assignment = WrittenFeatures.assignment(element, featureName);
		if (feature == null || assignment == null || !feature.isMany() || lineOfBlock && !WrittenFeatures.settable(element, assignment)
				|| feature instanceof EReference reference && reference.isContainment()) {
			throw new EditRefused("the " + (feature == null ? featureName : ElementFields.label(feature)) + " of " + shown
					+ " is changed in the diagram or the text");
		}
		List<String> wanted = new ArrayList<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				wanted.add(WrittenFeatures.value(feature, value.strip()));
			}
		}
		boolean commas = commaSeparated(element, featureName);
		String keywords = WrittenFeatures.keywords(assignment);
		return Edits.checked(project, set, element, "setting the " + ElementFields.label(feature) + " of " + shown, (file, text) -> {
			List<INode> now = NodeModelUtils.findNodesForFeature(element, feature);
			List<TextEdit> edits = commas ? commaList(file, text, element, now, keywords, wanted)
					: lineList(file, text, element, now, keywords, wanted);
			Edits.refuseOverlaps(edits);
			return edits;
		});
	}

	private static List<TextEdit> commaList(URI file, String text, EObject element, List<INode> now, String keywords, List<String> wanted)
			throws EditRefused {
		if (now.isEmpty()) {
			return wanted.isEmpty() ? List.of() : List.of(NodeText.intoBlock(file, text, element, keywords + " " + String.join(", ", wanted)));
		}
		int start = now.get(0).getOffset();
		int end = now.get(now.size() - 1).getEndOffset();
		if (text.substring(start, end).contains(keywords + " ")) {
			throw new EditRefused("this list is written in several places; change it in the text");
		}
		String joined = String.join(", ", wanted);
		if (joined.equals(text.substring(start, end))) {
			return List.of();
		}
		return List.of(wanted.isEmpty() ? NodeText.wordsRemoval(file, text, NodeText.keywordBefore(element, now.get(0)), end)
				: new TextEdit(file, start, end - start, joined));
	}

	private static List<TextEdit> lineList(URI file, String text, EObject element, List<INode> now, String keywords, List<String> wanted) {
		List<TextEdit> edits = new ArrayList<>();
		for (int i = 0; i < Math.min(now.size(), wanted.size()); i++) {
			INode item = now.get(i);
			if (!NodeModelUtils.getTokenText(item).equals(wanted.get(i))) {
				edits.add(new TextEdit(file, item.getOffset(), item.getLength(), wanted.get(i)));
			}
		}
		for (int i = wanted.size(); i < now.size(); i++) {
			INode item = now.get(i);
			edits.add(NodeText.wordsRemoval(file, text, NodeText.keywordBefore(element, item), item.getEndOffset()));
		}
		if (wanted.size() > now.size()) {
			List<String> added = wanted.subList(now.size(), wanted.size()).stream().map(value -> keywords + " " + value).toList();
			edits.add(now.isEmpty() ? intoBlock(file, text, element, added) : afterLast(file, text, element, now.get(now.size() - 1), added));
		}
		return edits;
	}

	/** The new values at the end of the block: a line each where the block spans lines, else side by side. */
	private static TextEdit intoBlock(URI file, String text, EObject element, List<String> lines) {
		TextEdit first = NodeText.lastLineOfBlock(file, text, element, lines.get(0));
		if (first == null) {
			return NodeText.intoBlock(file, text, element, String.join(" ", lines));
		}
		StringBuilder all = new StringBuilder();
		for (String line : lines) {
			all.append(NodeText.lastLineOfBlock(file, text, element, line).text());
		}
		return new TextEdit(file, first.offset(), 0, all.toString());
	}

	/** New values after the last one: on lines of their own when it has its own line, else beside it. */
	private static TextEdit afterLast(URI file, String text, EObject element, INode last, List<String> lines) {
		int keyword = NodeText.keywordBefore(element, last);
		int lineStart = text.lastIndexOf('\n', keyword - 1) + 1;
		if (!text.substring(lineStart, keyword).isBlank()) {
			return new TextEdit(file, last.getEndOffset(), 0, " " + String.join(" ", lines));
		}
		String indent = text.substring(lineStart, keyword);
		int lineEnd = last.getEndOffset();
		while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
			lineEnd++;
		}
		StringBuilder added = new StringBuilder();
		for (String line : lines) {
			added.append(NodeText.lineBreak(text)).append(indent).append(line);
		}
		return new TextEdit(file, lineEnd, 0, added.toString());
	}

	/** Whether the grammar writes the list with commas: a `,` beside one of the feature's assignments. */
	private static boolean commaSeparated(EObject element, String feature) {
		return WrittenFeatures.assignments(element).stream().filter(a -> feature.equals(a.getFeature()))
				.anyMatch(a -> a.eContainer() instanceof Group group
						&& group.getElements().stream().anyMatch(part -> part instanceof Keyword k && ",".equals(k.getValue())));
	}
}
