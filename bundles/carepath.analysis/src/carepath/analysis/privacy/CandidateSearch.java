package carepath.analysis.privacy;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where a cheap character test says a match can begin. {@link Matcher#find()}
 * would try the pattern at every position of a long text; in prose, places where an identifier can
 * start (a digit after a non-digit, a cue word's first letter) are few, and the scan is many times
 * faster this way.
 */
final class CandidateSearch {

	static final String DIGITS = "0123456789";

	/** Whether a match can begin at {@code index}; must hold wherever the pattern can match. */
	@FunctionalInterface
	interface StartTest {
		boolean canStartAt(String text, int index);
	}

	/**
	 * Where matches can begin: at one of a few ASCII characters, looked up in a table as the loop
	 * runs, and then where the test holds.
	 */
	static final class Start {
		private final boolean[] firstChars = new boolean[128];
		private final StartTest test;

		Start(String firstChars, StartTest test) {
			for (char c : firstChars.toCharArray()) {
				this.firstChars[c] = true;
			}
			this.test = test;
		}
	}

	private CandidateSearch() {
	}

	/**
	 * Calls {@code onMatch} for each match, left to right and not overlapping, like a loop over
	 * {@code find()}. Lookbehinds and lookaheads see the whole text.
	 */
	static void forEachMatch(Pattern pattern, String text, Start start, Consumer<Matcher> onMatch) {
		Matcher m = null; // made at the first candidate: most short texts have none
		boolean[] firstChars = start.firstChars;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 128 && firstChars[c] && start.test.canStartAt(text, i)) {
				if (m == null) {
					m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
				}
				m.region(i, length);
				if (m.lookingAt()) {
					onMatch.accept(m);
					i = Math.max(i, m.end() - 1);
				}
			}
		}
	}

	/** A digit with no digit just before it: where every number starts. */
	static boolean startsDigitRun(String text, int index) {
		return isDigit(text.charAt(index)) && (index == 0 || !isDigit(text.charAt(index - 1)));
	}

	/** How many digits follow one another from {@code index} on. */
	static int digitRunLength(String text, int index) {
		int end = index;
		while (end < text.length() && isDigit(text.charAt(end))) {
			end++;
		}
		return end - index;
	}

	/** No letter or digit just before {@code index}. */
	static boolean startsWord(String text, int index) {
		return index == 0 || !Character.isLetterOrDigit(text.charAt(index - 1));
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
