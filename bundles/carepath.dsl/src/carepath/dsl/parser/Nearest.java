package carepath.dsl.parser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import carepath.dsl.linking.NameSuggester;

/**
 * The word of a list a mistyped one most likely meant: a close spelling (`hospitl`), the start of
 * a word (`wait` for `waiting`), or an abbreviation of it (`wks` for `weeks`).
 */
final class Nearest {
	private Nearest() {
	}

	static Optional<String> to(String typed, List<String> words) {
		Optional<String> close = NameSuggester.closest(typed, words);
		if (close.isPresent()) {
			return close;
		}
		String lower = typed.toLowerCase(Locale.ROOT);
		String best = null;
		for (String word : words) {
			boolean starts = lower.length() >= 3 && word.startsWith(lower);
			boolean abbreviates = lower.length() >= 2 && word.charAt(0) == lower.charAt(0) && isSubsequence(lower, word);
			if ((starts || abbreviates) && (best == null || word.length() < best.length())) {
				best = word;
			}
		}
		return Optional.ofNullable(best);
	}

	private static boolean isSubsequence(String part, String word) {
		int at = 0;
		for (int index = 0; index < word.length() && at < part.length(); index++) {
			if (word.charAt(index) == part.charAt(at)) {
				at++;
			}
		}
		return at == part.length();
	}
}
