package carepath.analysis;

import java.text.Normalizer;
import java.util.Set;

/**
 * Names for elements made from their titles (imports, and elements added in a diagram): letters
 * and digits of any script in lower camel case (`Sees the GP` becomes `seesTheGp`), never starting
 * with a digit, unique among those used.
 */
public final class Identifiers {
	private Identifiers() {
	}

	public static String from(String title, String fallback, Set<String> used) {
		String plain = Normalizer.normalize(title, Normalizer.Form.NFKC);
		StringBuilder name = new StringBuilder();
		boolean upperNext = false;
		for (int offset = 0; offset < plain.length();) {
			int c = plain.codePointAt(offset);
			offset += Character.charCount(c);
			if (Character.isLetterOrDigit(c)) {
				if (name.isEmpty()) {
					name.appendCodePoint(Character.toLowerCase(c));
				} else {
					name.appendCodePoint(upperNext ? Character.toUpperCase(c) : Character.toLowerCase(c));
				}
				upperNext = false;
			} else {
				upperNext = !name.isEmpty();
			}
			if (name.length() >= 40) {
				break;
			}
		}
		String base = name.isEmpty() || Character.isDigit(name.codePointAt(0)) ? fallback + name : name.toString();
		String unique = base;
		for (int n = 2; used.contains(unique); n++) {
			unique = base + n;
		}
		used.add(unique);
		return unique;
	}
}
