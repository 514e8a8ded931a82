package carepath.analysis.figures;

import java.util.Locale;

/** When two gathered items are the same information: equal ignoring case, spacing and final punctuation. */
public final class InformationItems {
	private InformationItems() {
	}

	public static String key(String item) {
		return item.strip().replaceAll("\\s+", " ").replaceAll("[.!?;:,]+$", "").toLowerCase(Locale.ROOT);
	}
}
