package carepath.analysis.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * UK and Dutch phone numbers of people: UK mobiles (07) and landlines (01, 02, 03) of eleven
 * digits, Dutch mobiles (06) and landlines of ten digits, and both in international form
 * (+44, +31, optionally with "(0)").
 * <p>
 * A pattern only finds a run of digit groups that starts like a phone number; the decision is
 * made on the digits left after removing separators, which copes with every grouping people
 * use. Service numbers (freephone, premium rate, 0300) are not personal and are not reported.
 */
final class PhoneNumbers implements IdentifierDetector {

	/**
	 * Group 1: the country code of the international form, group 2: the digits after it; or
	 * group 3: the national number from its leading 0. Group 4: up to four further groups after a
	 * space, hyphen or dot (Dutch mobiles are written 06 12 34 56 78). Not after a word, a currency sign or a digit group; no letter, currency or
	 * percent sign after.
	 */
	private static final Pattern CANDIDATE = Pattern.compile(
			"(?<![\\w+£$€])(?<!\\d[ .,:/-])"
					+ "(?:\\+(44|31)[ -]?(?:\\(0\\)[ -]?)?(\\d{1,10})|(0\\d{1,10}))"
					+ "((?:[ .-]\\d{2,8}){0,4})"
					+ "(?![\\w£$€%])(?![.,:/]\\d)");

	private static final int UK_LENGTH = 11;
	private static final int DUTCH_LENGTH = 10;

	private static final CandidateSearch.Start START = new CandidateSearch.Start("+0", PhoneNumbers::canStartAt);

	@Override
	public boolean canMatch(TextTraits traits) {
		return traits.hasDigit();
	}

	@Override
	public void detect(String text, List<IdentifierMatch> found) {
		CandidateSearch.forEachMatch(CANDIDATE, text, START, m -> {
			String country = m.group(1);
			String head = country != null ? "0" + m.group(2) : m.group(3);
			int end = personalNumberEnd(country, head, m.group(4), m.start(4));
			if (end > 0) {
				found.add(IdentifierMatch.of(IdentifierKind.PHONE, text, m.start(), end));
			}
		});
	}

	/** A plus sign, or a 0 starting a run of two or more digits. */
	private static boolean canStartAt(String text, int index) {
		char c = text.charAt(index);
		return c == '+' || c == '0' && CandidateSearch.startsDigitRun(text, index)
				&& CandidateSearch.digitRunLength(text, index) >= 2;
	}

	/**
	 * The end of the longest run of groups that makes a personal number, or -1. Dropping trailing
	 * groups copes with a number followed by another figure ("0131 536 1000 24 hours").
	 */
	private static int personalNumberEnd(String country, String head, String tail, int tailStart) {
		String[] groups = tail.isEmpty() ? new String[0] : tail.substring(1).split("[ .-]");
		for (int used = groups.length; used >= 0; used--) {
			StringBuilder national = new StringBuilder(head);
			int length = 0;
			for (int i = 0; i < used; i++) {
				national.append(groups[i]);
				length += 1 + groups[i].length();
			}
			if (isPersonal(country, national.toString())) {
				return tailStart + length;
			}
		}
		return -1;
	}

	/** {@code national}: the digits as dialled inside the country, with the leading 0. */
	private static boolean isPersonal(String country, String national) {
		if ("44".equals(country)) {
			return isUkPersonal(national);
		}
		if ("31".equals(country)) {
			return isDutchPersonal(national);
		}
		return isUkPersonal(national) || isDutchPersonal(national);
	}

	private static boolean isUkPersonal(String national) {
		if (national.length() != UK_LENGTH) {
			return false;
		}
		// 07 mobiles, 01/02 geographic, 03 non-geographic at local rates but 0300 is for public bodies.
		return switch (national.charAt(1)) {
			case '1', '2', '7' -> true;
			case '3' -> !national.startsWith("0300");
			default -> false; // 0800/0808 freephone, 08x/09x service and premium rate, 05, 06
		};
	}

	private static boolean isDutchPersonal(String national) {
		if (national.length() != DUTCH_LENGTH) {
			return false;
		}
		// 06 mobiles, 01-05 and 07 geographic; 084/085/087/088 are personal and business lines.
		return switch (national.charAt(1)) {
			case '1', '2', '3', '4', '5', '6', '7' -> true;
			case '8' -> "4578".indexOf(national.charAt(2)) >= 0;
			default -> false; // 0800 freephone, 090x premium rate
		};
	}
}
