package carepath.analysis.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * NHS numbers (England, Wales) and CHI numbers (Scotland): ten digits with the same modulus 11
 * check digit. A CHI number starts with the date of birth as DDMMYY, so a valid number that
 * starts with a real date is reported as CHI, any other as NHS.
 */
final class HealthNumbers implements IdentifierDetector {

	/**
	 * 3-3-4 with one consistent separator or none (943 476 5919), or the CHI habit DDMMYY NNNN.
	 * Digits or digit groups directly before or after mean a longer number, not an identifier.
	 */
	private static final Pattern TEN_DIGITS = Pattern.compile(
			"(?<!\\d)(?<!\\d[ .-])"
					+ "(?:\\d{3}([ -]?)\\d{3}\\1\\d{4}|(\\d{6})[ -]\\d{4})"
					+ "(?![ .-]?\\d)");

	private static final CandidateSearch.Start START = new CandidateSearch.Start(CandidateSearch.DIGITS,
			HealthNumbers::canStartAt);

	@Override
	public boolean canMatch(TextTraits traits) {
		return traits.hasDigit();
	}

	@Override
	public void detect(String text, List<IdentifierMatch> found) {
		CandidateSearch.forEachMatch(TEN_DIGITS, text, START, m -> {
			IdentifierKind kind = classify(Digits.only(m.group()), m.group(2) != null);
			if (kind != null) {
				found.add(IdentifierMatch.of(kind, text, m.start(), m.end()));
			}
		});
	}

	/** The first group of 3-3-4 or 6-4, or all ten digits together. */
	private static boolean canStartAt(String text, int index) {
		if (!CandidateSearch.startsDigitRun(text, index)) {
			return false;
		}
		int run = CandidateSearch.digitRunLength(text, index);
		return run == 3 || run == 6 || run == 10;
	}

	/** CHI, NHS, or null for a number that passes no check. */
	private static IdentifierKind classify(String digits, boolean writtenAsChi) {
		if (!CheckDigits.passesMod11(digits)) {
			return null;
		}
		if (CalendarDates.startsWithDdMmYy(digits)) {
			return IdentifierKind.CHI_NUMBER;
		}
		// DDMMYY NNNN without a real date is no known way of writing either number.
		return writtenAsChi ? null : IdentifierKind.NHS_NUMBER;
	}
}
