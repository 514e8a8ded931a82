package carepath.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import carepath.model.TimeUnit;
import carepath.model.Wait;

/**
 * Waits in minutes, so they can be added and compared. A month counts as 30 days and a week
 * as 7; waits are workshop estimates, not calendar arithmetic.
 */
public final class WaitTime {
	public static final long HOUR = 60;
	public static final long DAY = 24 * HOUR;
	public static final long WEEK = 7 * DAY;
	public static final long MONTH = 30 * DAY;

	private static final Pattern AMOUNT_AND_UNIT = Pattern.compile("(\\d{1,6})\\s*([a-zA-Z]+)");

	private WaitTime() {
	}

	public static long minutes(Wait wait) {
		if (wait == null || !wait.isSetAmount() || !wait.isSetUnit()) {
			return 0;
		}
		return Math.max(0, wait.getAmount()) * minutesPer(wait.getUnit());
	}

	public static long minutesPer(TimeUnit unit) {
		return switch (unit) {
		case MINUTES -> 1;
		case HOURS -> HOUR;
		case DAYS -> DAY;
		case WEEKS -> WEEK;
		case MONTHS -> MONTH;
		};
	}

	/** Reads `4 weeks`, `1 month`, `36 hours`; the units of the language, singular or plural. */
	public static OptionalLong parse(String text) {
		Matcher matcher = AMOUNT_AND_UNIT.matcher(text.trim());
		if (!matcher.matches()) {
			return OptionalLong.empty();
		}
		String unit = matcher.group(2).toLowerCase(Locale.ROOT);
		for (TimeUnit candidate : TimeUnit.VALUES) {
			String plural = candidate.getLiteral();
			if (unit.equals(plural) || unit.equals(plural.substring(0, plural.length() - 1))) {
				return OptionalLong.of(Long.parseLong(matcher.group(1)) * minutesPer(candidate));
			}
		}
		return OptionalLong.empty();
	}

	/** A wait as people say it: `3 weeks`, `1 week 2 days`, `45 minutes`, `none`. */
	public static String format(long minutes) {
		if (minutes <= 0) {
			return "none";
		}
		List<String> parts = new ArrayList<>();
		long rest = minutes;
		rest = take(rest, WEEK, "week", parts);
		rest = take(rest, DAY, "day", parts);
		rest = take(rest, HOUR, "hour", parts);
		take(rest, 1, "minute", parts);
		// Two parts are enough to read; finer detail is noise for a workshop.
		return String.join(" ", parts.subList(0, Math.min(2, parts.size())));
	}

	private static long take(long minutes, long size, String unit, List<String> parts) {
		long count = minutes / size;
		if (count > 0) {
			parts.add(count + " " + unit + (count == 1 ? "" : "s"));
		}
		return minutes % size;
	}
}
