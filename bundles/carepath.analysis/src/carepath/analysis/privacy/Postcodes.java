package carepath.analysis.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** UK and Dutch postcodes, in the strict written forms that make stray hits rare. */
final class Postcodes implements IdentifierDetector {

	/**
	 * Outward code (A9, A99, AA9, AA99, A9A, AA9A; first letter never Q, V or X, second never I,
	 * J or Z), exactly one space, inward code (digit and two letters, never C, I, K, M, O or V).
	 * Upper case and the space are required: "eh1 1aa" or "EH11AA" are more often something else.
	 */
	private static final Pattern UK = Pattern.compile(
			"\\b[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2}\\b");

	/** Four digits (first 1-9), an optional space, two upper-case letters, then no letter or digit. */
	private static final Pattern DUTCH = Pattern.compile(
			"(?<![\\p{L}\\d_.,/-])(?<!\\d[ .-])([1-9]\\d{3})( ?)([A-Z]{2})(?![\\p{L}\\d])");

	/** Letter pairs PostNL never issues. */
	private static final Set<String> NOT_ISSUED = Set.of("SA", "SD", "SS");

	/**
	 * Letter pairs that after a number are far more often a unit, era or time of day (1000 IU,
	 * 1500 ML, 1066 AD, 1130 PM) than a postcode; the few real postcodes with them are missed.
	 */
	private static final Set<String> UNITS_AND_ERAS = Set.of("AD", "BC", "AM", "PM", "IU", "MG", "ML", "KG", "CM",
			"MM", "KM");

	/** A place name after the postcode, as Dutch addresses write it: "2011 VK Haarlem". */
	private static final Pattern PLACE_NAME_AFTER = Pattern.compile("\\s+(?:'s-)?[A-Z][a-z]");

	private static final CandidateSearch.Start UK_START = new CandidateSearch.Start("ABCDEFGHIJKLMNOPRSTUWYZ",
			Postcodes::canStartUk);
	private static final CandidateSearch.Start DUTCH_START = new CandidateSearch.Start("123456789",
			Postcodes::canStartDutch);

	@Override
	public boolean canMatch(TextTraits traits) {
		return traits.hasDigit();
	}

	@Override
	public void detect(String text, List<IdentifierMatch> found) {
		CandidateSearch.forEachMatch(UK, text, UK_START, uk -> found
				.add(IdentifierMatch.of(IdentifierKind.UK_POSTCODE, text, uk.start(), uk.end())));
		CandidateSearch.forEachMatch(DUTCH, text, DUTCH_START, dutch -> {
			String letters = dutch.group(3);
			boolean unlikely = NOT_ISSUED.contains(letters) || UNITS_AND_ERAS.contains(letters)
					|| readsAsYear(dutch) && !placeNameAt(text, dutch.end());
			if (!unlikely) {
				found.add(IdentifierMatch.of(IdentifierKind.DUTCH_POSTCODE, text, dutch.start(), dutch.end()));
			}
		});
	}

	/** A word starting with a digit as its second or third character. */
	private static boolean canStartUk(String text, int index) {
		int length = text.length();
		return (index + 1 < length && CandidateSearch.isDigit(text.charAt(index + 1))
				|| index + 2 < length && CandidateSearch.isDigit(text.charAt(index + 2)))
				&& CandidateSearch.startsWord(text, index);
	}

	/** Exactly four digits. */
	private static boolean canStartDutch(String text, int index) {
		return CandidateSearch.startsDigitRun(text, index)
				&& CandidateSearch.digitRunLength(text, index) == 4;
	}

	private static boolean placeNameAt(String text, int index) {
		return PLACE_NAME_AFTER.matcher(text).region(index, text.length()).lookingAt();
	}

	/**
	 * "In 2019 GP referred her": a year followed by an abbreviation looks like a postcode, so with
	 * a space and digits from 1900 to 2099 a place name must follow.
	 */
	private static boolean readsAsYear(Matcher dutch) {
		int number = Integer.parseInt(dutch.group(1));
		return !dutch.group(2).isEmpty() && number >= 1900 && number <= 2099;
	}
}
