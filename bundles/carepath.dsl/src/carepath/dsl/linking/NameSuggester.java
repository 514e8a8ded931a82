package carepath.dsl.linking;

import java.util.Optional;

/** Finds the known name closest to a mistyped one, if any is close enough to be meant. */
public final class NameSuggester {
	private NameSuggester() {
	}

	public static Optional<String> closest(String typed, Iterable<String> known) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		int limit = Math.max(1, typed.length() / 3);
		for (String candidate : known) {
			if (Math.abs(candidate.length() - typed.length()) > limit) {
				continue;
			}
			int distance = distance(typed.toLowerCase(), candidate.toLowerCase());
			if (candidate.equalsIgnoreCase(typed)) {
				distance = 0; // only the case differs: surely meant
			}
			if (distance <= limit && (distance < bestDistance
					|| distance == bestDistance && candidate.compareTo(best) < 0)) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Edit distance with adjacent transpositions (optimal string alignment). */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
