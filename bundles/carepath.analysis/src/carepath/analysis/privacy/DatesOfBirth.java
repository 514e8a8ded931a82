package carepath.analysis.privacy;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates of birth: a full date (day, month and year) that a birth cue such as "born", "DOB" or
 * "geboren" precedes by at most a few words. Dates without a cue are appointments, admissions
 * and the like, and a year or an age alone identifies nobody, so neither is reported.
 * <p>
 * The search starts from the cues, which are rare, and reads the date right after each one.
 */
final class DatesOfBirth implements IdentifierDetector {

	private static final Map<String, Integer> MONTHS = months();

	/** English and Dutch cues; "geb." is the Dutch abbreviation of "geboren". */
	private static final Pattern CUE = Pattern.compile(
			"\\b(?:b(?:orn|irth ?date|irthday)|d(?:\\.?o\\.?b\\.?|ate of birth)|geb(?:oren|oortedatum|\\.))(?!\\p{L})",
			Pattern.CASE_INSENSITIVE);

	/** The most text read after a cue: a few words and the longest date. */
	private static final int LOOK_AHEAD = 80;

	private static final String YEAR = "(?:18|19|20)\\d{2}";
	private static final String MONTH_NAME = MONTHS.keySet().stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.collect(Collectors.joining("|", "(?:", ")\\.?(?!\\p{L})"));

	/**
	 * Up to three words between cue and date ("born on", "date of birth is", "geboren op"), but no
	 * sentence or clause end ("Date of birth unknown, seen 12/03/2024" is an appointment); then one
	 * of the date forms, each with its day, month and year as named groups.
	 */
	private static final Pattern DATE_AFTER_CUE = Pattern.compile(
			"[\\s:=,()-]*(?:[\\p{L}']+[\\s:=()-]+){0,3}?"
					+ "(?<date>"
					+ "(?<d1>\\d{1,2})(?<sep>[/.-])(?<m1>\\d{1,2})\\k<sep>(?<y1>" + YEAR + "|\\d{2})"
					+ "|(?<y2>" + YEAR + ")-(?<m2>\\d{1,2})-(?<d2>\\d{1,2})"
					+ "|(?<d3>\\d{1,2})(?:st|nd|rd|th)?(?:\\sof)?\\s(?<m3>" + MONTH_NAME + "),?\\s(?<y3>" + YEAR + ")"
					+ "|(?<m4>" + MONTH_NAME + ")\\s(?<d4>\\d{1,2})(?:st|nd|rd|th)?,?\\s(?<y4>" + YEAR + ")"
					+ ")(?![\\d\\p{L}])(?![/.-]\\d)",
			Pattern.CASE_INSENSITIVE);

	private static final CandidateSearch.Start CUE_START = new CandidateSearch.Start("bBdDgG", DatesOfBirth::canStartCue);

	@Override
	public boolean canMatch(TextTraits traits) {
		return traits.hasDigit();
	}

	@Override
	public void detect(String text, List<IdentifierMatch> found) {
		CandidateSearch.forEachMatch(CUE, text, CUE_START, cue -> {
			Matcher date = DATE_AFTER_CUE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			date.region(cue.end(), Math.min(text.length(), cue.end() + LOOK_AHEAD));
			if (date.lookingAt() && isRealDate(date)) {
				found.add(IdentifierMatch.of(IdentifierKind.DATE_OF_BIRTH, text, date.start("date"), date.end("date")));
			}
		});
	}

	/** Every cue is a word starting with bo, bi, da, do, d. or ge, in any case. */
	private static boolean canStartCue(String text, int index) {
		if (index + 1 >= text.length() || !CandidateSearch.startsWord(text, index)) {
			return false;
		}
		char second = Character.toLowerCase(text.charAt(index + 1));
		return switch (Character.toLowerCase(text.charAt(index))) {
			case 'b' -> second == 'o' || second == 'i';
			case 'd' -> second == 'a' || second == 'o' || second == '.';
			default -> second == 'e';
		};
	}

	private static boolean isRealDate(Matcher date) {
		if (date.group("d1") != null) {
			int first = Integer.parseInt(date.group("d1"));
			int second = Integer.parseInt(date.group("m1"));
			String year = date.group("y1");
			// Day first as in the UK and the Netherlands; month first when only that is a real date.
			return isValid(first, second, year) || isValid(second, first, year);
		}
		if (date.group("y2") != null) {
			return isValid(Integer.parseInt(date.group("d2")), Integer.parseInt(date.group("m2")), date.group("y2"));
		}
		if (date.group("d3") != null) {
			return isValid(Integer.parseInt(date.group("d3")), monthNumber(date.group("m3")), date.group("y3"));
		}
		return isValid(Integer.parseInt(date.group("d4")), monthNumber(date.group("m4")), date.group("y4"));
	}

	private static boolean isValid(int day, int month, String year) {
		int number = Integer.parseInt(year);
		return year.length() == 2 ? CalendarDates.isValidTwoDigitYear(day, month, number)
				: CalendarDates.isValid(day, month, number);
	}

	private static int monthNumber(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		return MONTHS.get(key.endsWith(".") ? key.substring(0, key.length() - 1) : key);
	}

	/** English and Dutch month names with their usual abbreviations. */
	private static Map<String, Integer> months() {
		String[][] names = {
				{ "january", "jan", "januari" },
				{ "february", "feb", "februari" },
				{ "march", "mar", "maart", "mrt" },
				{ "april", "apr" },
				{ "may", "mei" },
				{ "june", "jun", "juni" },
				{ "july", "jul", "juli" },
				{ "august", "aug", "augustus" },
				{ "september", "sep", "sept" },
				{ "october", "oct", "oktober", "okt" },
				{ "november", "nov" },
				{ "december", "dec" } };
		Map<String, Integer> months = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			for (String name : names[i]) {
				months.put(name, i + 1);
			}
		}
		return Map.copyOf(months);
	}
}
