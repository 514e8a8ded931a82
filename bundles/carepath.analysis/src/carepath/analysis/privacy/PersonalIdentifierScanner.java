package carepath.analysis.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The privacy guard: finds text that looks like a personal identifier in what should be an
 * anonymised case (persona descriptions, quotes, notes). Every rule leans towards missing an odd
 * identifier rather than flagging ordinary text, so that a warning is worth reading.
 * <p>
 * Stateless and thread-safe: one instance may serve any number of threads.
 */
public final class PersonalIdentifierScanner {

	private static final List<IdentifierDetector> DETECTORS = List.of(
			new HealthNumbers(),
			new CitizenServiceNumbers(),
			new EmailAddresses(),
			new PhoneNumbers(),
			new Postcodes(),
			new DatesOfBirth());

	/** The identifiers in {@code text}, sorted by start and not overlapping; empty for null or empty text. */
	public List<IdentifierMatch> scan(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		FoldedText folded = FoldedText.of(text);
		TextTraits traits = TextTraits.of(folded.text);
		if (!traits.hasDigit() && !traits.hasAt()) {
			return List.of(); // every identifier has a digit or an @; most texts have neither
		}
		List<IdentifierMatch> candidates = new ArrayList<>();
		for (IdentifierDetector detector : DETECTORS) {
			if (detector.canMatch(traits)) {
				detector.detect(folded.text, candidates);
			}
		}
		List<IdentifierMatch> found = OverlapResolution.keepOnePerSpan(candidates);
		if (folded.text.equals(text)) {
			return found;
		}
		List<IdentifierMatch> written = new ArrayList<>(found.size());
		for (IdentifierMatch match : found) {
			written.add(IdentifierMatch.of(match.kind(), text, folded.start(match.start()), folded.end(match.end())));
		}
		return written;
	}
}
