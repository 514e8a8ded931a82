package carepath.analysis;

import java.util.OptionalLong;

/** The numbers some checks compare with; each can be set in the project's settings file. */
public enum Threshold {
	WAIT_LIMIT("wait-limit", true, 4 * WaitTime.WEEK, "a single wait longer than this is reported"),
	TOTAL_WAIT_LIMIT("total-wait-limit", true, 13 * WaitTime.WEEK, "a journey waiting longer than this in all is reported"),
	SYSTEMS_LIMIT("systems-limit", false, 1, "a journey whose information is held in more IT systems than this is reported"),
	CENTRAL_SERVICES("central-services", false, 3, "how many of the most central services to report");

	private final String key;
	private final boolean duration;
	private final long defaultValue;
	private final String description;

	Threshold(String key, boolean duration, long defaultValue, String description) {
		this.key = key;
		this.duration = duration;
		this.defaultValue = defaultValue;
		this.description = description;
	}

	public String key() {
		return key;
	}

	/** Durations are in minutes and written like `4 weeks`; the others are whole numbers. */
	public boolean isDuration() {
		return duration;
	}

	public long defaultValue() {
		return defaultValue;
	}

	public String description() {
		return description;
	}

	public String format(long value) {
		return duration ? WaitTime.format(value) : Long.toString(value);
	}

	public OptionalLong parse(String text) {
		if (duration) {
			return WaitTime.parse(text);
		}
		String digits = text.trim();
		return digits.matches("\\d{1,9}") ? OptionalLong.of(Long.parseLong(digits)) : OptionalLong.empty();
	}

	public static Threshold byKey(String key) {
		for (Threshold threshold : values()) {
			if (threshold.key.equals(key)) {
				return threshold;
			}
		}
		return null;
	}
}
