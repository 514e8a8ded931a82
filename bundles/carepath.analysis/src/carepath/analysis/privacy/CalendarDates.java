package carepath.analysis.privacy;

/** Whether a day, month and year make a real date; used for CHI numbers and dates of birth. */
final class CalendarDates {

	private static final int[] DAYS_IN_MONTH = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	private CalendarDates() {
	}

	/** A full year, as in 12/03/1978. */
	static boolean isValid(int day, int month, int year) {
		if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
			return false;
		}
		return month != 2 || day < 29 || isLeapYear(year);
	}

	/**
	 * A year written with two digits, whose century is unknown: 29 February counts when the year
	 * is a leap year in either century (every multiple of 4, 00 being 2000).
	 */
	static boolean isValidTwoDigitYear(int day, int month, int yy) {
		return isValid(day, month, 2000 + yy);
	}

	/** Whether the first six of {@code digits} read as a date DDMMYY, the start of a CHI number. */
	static boolean startsWithDdMmYy(String digits) {
		return digits.length() >= 6 && isValidTwoDigitYear(Digits.value(digits, 0, 2), Digits.value(digits, 2, 4),
				Digits.value(digits, 4, 6));
	}

	private static boolean isLeapYear(int year) {
		return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
	}
}
