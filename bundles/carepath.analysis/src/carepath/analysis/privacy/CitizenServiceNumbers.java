package carepath.analysis.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch citizen service numbers (BSN): nine digits that pass the elfproef.
 * <p>
 * One in eleven random nine-digit numbers passes the elfproef, too many for free text full of
 * reference numbers. So a bare run of nine digits counts only after a cue word (BSN,
 * burgerservicenummer, sofinummer, citizen service number) at most {@value #CUE_DISTANCE}
 * characters before it; the notations used for a BSN, 1234.56.782 or 123 456 782, count on
 * their own.
 */
final class CitizenServiceNumbers implements IdentifierDetector {

	static final int CUE_DISTANCE = 30;

	/** Group 1 is set for a bare nine-digit run, which needs a cue. */
	private static final Pattern NINE_DIGITS = Pattern.compile(
			"(?<!\\d)(?<!\\d[ .-])"
					+ "(?:(\\d{9})|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}([ .-])\\d{3}\\2\\d{3})"
					+ "(?![ .-]?\\d)");

	private static final Pattern CUE = Pattern.compile(
			"\\b(?:bsn|burgerservicenummer|sofi-?nummer|citizen service number)\\b", Pattern.CASE_INSENSITIVE);

	private static final CandidateSearch.Start START = new CandidateSearch.Start(CandidateSearch.DIGITS,
			CitizenServiceNumbers::canStartAt);

	@Override
	public boolean canMatch(TextTraits traits) {
		return traits.hasDigit();
	}

	@Override
	public void detect(String text, List<IdentifierMatch> found) {
		CandidateSearch.forEachMatch(NINE_DIGITS, text, START, m -> {
			boolean bare = m.group(1) != null;
			if (CheckDigits.passesElfproef(Digits.only(m.group())) && (!bare || hasCueBefore(text, m.start()))) {
				found.add(IdentifierMatch.of(IdentifierKind.BSN, text, m.start(), m.end()));
			}
		});
	}

	/** The first group of 3-3-3 or 4.2.3, or all nine digits together. */
	private static boolean canStartAt(String text, int index) {
		if (!CandidateSearch.startsDigitRun(text, index)) {
			return false;
		}
		int run = CandidateSearch.digitRunLength(text, index);
		return run == 3 || run == 4 || run == 9;
	}

	private static boolean hasCueBefore(String text, int start) {
		int longestCue = "citizen service number".length();
		Matcher cue = CUE.matcher(text).useTransparentBounds(true);
		cue.region(Math.max(0, start - CUE_DISTANCE - longestCue), start);
		while (cue.find()) {
			if (start - cue.end() <= CUE_DISTANCE) {
				return true;
			}
		}
		return false;
	}
}
