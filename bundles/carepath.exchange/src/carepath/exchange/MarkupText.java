package carepath.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain text of a whiteboard note: Miro exports a note's content as HTML (`<p>GP</p>`), Mural
 * escapes its text (`&amp;`). Block ends become line breaks, other tags go, character references
 * are decoded; text that only looks like markup (`a < b`) is kept as it is.
 */
final class MarkupText {
	private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6])\\s*>");
	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
	private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
	private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
			"nbsp", " ");

	private MarkupText() {
	}

	/** The note's lines, stripped, without empty ones. */
	static List<String> lines(String markup) {
		String text = TAG.matcher(LINE_BREAK.matcher(markup).replaceAll("\n")).replaceAll("");
		List<String> lines = new ArrayList<>();
		for (String line : decode(text).split("\\R")) {
			String plain = line.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
			if (!plain.isEmpty()) {
				lines.add(plain);
			}
		}
		return lines;
	}

	private static String decode(String text) {
		Matcher reference = REFERENCE.matcher(text);
		StringBuilder decoded = new StringBuilder();
		while (reference.find()) {
			reference.appendReplacement(decoded, Matcher.quoteReplacement(character(reference.group(1), reference.group())));
		}
		reference.appendTail(decoded);
		return decoded.toString();
	}

	private static String character(String reference, String whole) {
		if (!reference.startsWith("#")) {
			return NAMED.getOrDefault(reference.toLowerCase(java.util.Locale.ROOT), whole);
		}
		boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
		int code = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
		return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : whole;
	}
}
