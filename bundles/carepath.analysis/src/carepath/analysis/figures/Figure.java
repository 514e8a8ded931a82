package carepath.analysis.figures;

import java.util.Locale;

import carepath.analysis.WaitTime;

/**
 * One number about a map, with a stable key for JSON, a label for people and the value shown as
 * people read it (`3 weeks`, `-1.5`, `none`). Durations are in minutes. An average of nothing
 * is NaN, shown as a dash.
 */
public record Figure(String key, String label, Kind kind, double value, String display) {

	public enum Kind {
		COUNT, DECIMAL, DURATION
	}

	public static Figure count(String key, String label, long value) {
		return new Figure(key, label, Kind.COUNT, value, Long.toString(value));
	}

	public static Figure decimal(String key, String label, double value) {
		return new Figure(key, label, Kind.DECIMAL, value, decimal(value));
	}

	/** A whole score, or none (NaN, shown as a dash). */
	public static Figure score(String key, String label, java.util.OptionalInt score) {
		return score.isPresent() ? new Figure(key, label, Kind.COUNT, score.getAsInt(), Integer.toString(score.getAsInt()))
				: new Figure(key, label, Kind.COUNT, Double.NaN, "-");
	}

	public static Figure duration(String key, String label, long minutes) {
		return new Figure(key, label, Kind.DURATION, minutes, WaitTime.format(minutes));
	}

	public boolean hasValue() {
		return !Double.isNaN(value);
	}

	/** A change of this figure by {@code difference}, signed: `+2`, `-3 weeks`, `+0.5`, `0`. */
	public String formatDifference(double difference) {
		if (Double.isNaN(difference)) {
			return "-";
		}
		if (difference == 0) {
			return "0";
		}
		String sign = difference > 0 ? "+" : "-";
		double size = Math.abs(difference);
		return sign + switch (kind) {
		case COUNT -> Long.toString((long) size);
		case DECIMAL -> decimal(size);
		case DURATION -> WaitTime.format((long) size);
		};
	}

	private static String decimal(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
	}
}
