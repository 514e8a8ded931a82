package carepath.ui.settings;

import carepath.analysis.Threshold;
import carepath.analysis.WaitTime;

/**
 * A threshold as it is shown for editing and written back: one number and one unit, the largest
 * unit that states it exactly (`45 days`, `6 weeks`). The shorter form used in messages
 * (`6 weeks 3 days`) rounds and is not what the settings file reads.
 */
public final class ThresholdText {
	private static final long[] SIZES = { WaitTime.WEEK, WaitTime.DAY, WaitTime.HOUR, 1 };
	private static final String[] UNITS = { "week", "day", "hour", "minute" };

	private ThresholdText() {
	}

	public static String of(Threshold threshold, long value) {
		if (!threshold.isDuration()) {
			return Long.toString(value);
		}
		for (int i = 0; i < SIZES.length; i++) {
			if (value % SIZES[i] == 0) {
				long count = value / SIZES[i];
				return count + " " + UNITS[i] + (count == 1 ? "" : "s");
			}
		}
		throw new AssertionError("every whole number of minutes is a whole number of minutes");
	}
}
