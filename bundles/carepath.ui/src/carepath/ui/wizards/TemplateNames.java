package carepath.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names a new file's template is filled in with, made from the file's name: the map's name
 * {@code samDischarge} and its title {@code Sam discharge} for {@code sam-discharge.journey}.
 * Top-level names must be unique across the project, so every name a template declares starts
 * with this one: two files made from the same template then do not clash.
 */
public record TemplateNames(String name, String title) {
	private static final String FALLBACK = "newMap";

	public static TemplateNames of(String fileName) {
		String base = fileName.endsWith(".journey") ? fileName.substring(0, fileName.length() - ".journey".length()) : fileName;
		List<String> words = words(base);
		if (words.isEmpty()) {
			return new TemplateNames(FALLBACK, "New map");
		}
		StringBuilder name = new StringBuilder();
		for (String word : words) {
			name.append(name.isEmpty() ? lowerFirst(word) : upperFirst(word));
		}
		// A name may not start with a digit: `2025-review` becomes `map2025Review`.
		String identifier = Character.isDigit(name.charAt(0)) ? "map" + upperFirst(name.toString()) : name.toString();
		return new TemplateNames(identifier, upperFirst(String.join(" ", words)));
	}

	/** The template's text with `${name}` and `${title}` filled in. */
	public String fill(String template) {
		return template.replace("${name}", name).replace("${title}", title);
	}

	/** The runs of letters and digits: the only characters a name may hold, and safe in a quoted title. */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (Character.isLetterOrDigit(c) && Character.isBmpCodePoint(c)) {
				word.appendCodePoint(c);
			} else if (!word.isEmpty()) {
				words.add(word.toString());
				word.setLength(0);
			}
		});
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}

	private static String upperFirst(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	private static String lowerFirst(String word) {
		return word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
	}
}
