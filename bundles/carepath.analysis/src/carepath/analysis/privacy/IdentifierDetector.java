package carepath.analysis.privacy;

import java.util.List;

/** Finds the identifiers of one family; the scanner merges what all detectors find. */
interface IdentifierDetector {

	/** False when the text cannot hold such an identifier, so that the scanner skips the work. */
	boolean canMatch(TextTraits traits);

	/** Adds every candidate in {@code text} to {@code found}; overlaps are resolved later. */
	void detect(String text, List<IdentifierMatch> found);
}
