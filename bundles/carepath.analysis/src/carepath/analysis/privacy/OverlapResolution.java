package carepath.analysis.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When detectors claim overlapping text, one claim wins, so that a reader sees each piece of text
 * flagged once, under its most telling name. The longer claim wins, because a match inside another
 * is part of it: digits in an e-mail address, the "131 536 1000" of "+44 (0)131 536 1000" that
 * happens to pass the NHS check. On the same span the more specific kind wins: a check-digit
 * number over the phone number it also looks like.
 */
final class OverlapResolution {

	private static final Comparator<IdentifierMatch> PREFERRED_FIRST = Comparator
			.comparingInt((IdentifierMatch m) -> m.start() - m.end())
			.thenComparingInt(m -> specificity(m.kind()))
			.thenComparingInt(IdentifierMatch::start);

	private OverlapResolution() {
	}

	/** The matches that survive, sorted by start and not overlapping. */
	static List<IdentifierMatch> keepOnePerSpan(List<IdentifierMatch> candidates) {
		if (candidates.size() < 2) {
			return List.copyOf(candidates);
		}
		List<IdentifierMatch> byPreference = new ArrayList<>(candidates);
		byPreference.sort(PREFERRED_FIRST);
		TreeMap<Integer, IdentifierMatch> kept = new TreeMap<>();
		for (IdentifierMatch match : byPreference) {
			if (!overlapsKept(kept, match)) {
				kept.put(match.start(), match);
			}
		}
		return List.copyOf(kept.values());
	}

	/** Kept matches are disjoint, so only the last one starting before {@code match} ends can overlap it. */
	private static boolean overlapsKept(TreeMap<Integer, IdentifierMatch> kept, IdentifierMatch match) {
		Map.Entry<Integer, IdentifierMatch> before = kept.lowerEntry(match.end());
		return before != null && before.getValue().end() > match.start();
	}

	/** Lower wins: a check digit or a birth cue is stronger evidence than a shape alone. */
	private static int specificity(IdentifierKind kind) {
		return switch (kind) {
			case EMAIL -> 0;
			case NHS_NUMBER, CHI_NUMBER, BSN -> 1;
			case DATE_OF_BIRTH -> 2;
			case PHONE -> 3;
			case UK_POSTCODE, DUTCH_POSTCODE -> 4;
		};
	}
}
