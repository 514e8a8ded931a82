package carepath.analysis.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: local part, {@code @}, dot-separated domain labels and a top-level domain of
 * two or more letters. Handles such as {@code @sam} and hosts without a dot such as
 * {@code user@localhost} do not count.
 * <p>
 * The search starts at each {@code @} and walks back over the local part instead of letting a
 * pattern try every position of the text: e-mail addresses are rare and the text is long.
 */
final class EmailAddresses implements IdentifierDetector {

	/** RFC 5321 limits the local part to 64 characters; longer runs are not addresses. */
	private static final int MAX_LOCAL_PART = 64;

	private static final Pattern ADDRESS = Pattern.compile(
			"[A-Za-z0-9._%+-]{1,64}@"
					+ "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
					+ "[A-Za-z]{2,24}"
					+ "(?![A-Za-z0-9_-])");

	@Override
	public boolean canMatch(TextTraits traits) {
		return traits.hasAt();
	}

	@Override
	public void detect(String text, List<IdentifierMatch> found) {
		Matcher m = ADDRESS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int searchFrom = 0;
		for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
			int start = localPartStart(text, at, searchFrom);
			if (start < 0) {
				continue;
			}
			m.region(start, text.length());
			if (m.lookingAt()) {
				found.add(IdentifierMatch.of(IdentifierKind.EMAIL, text, start, m.end()));
				searchFrom = m.end();
				at = m.end() - 1;
			}
		}
	}

	/** Where the local part before {@code at} begins, or -1 when there is none or it is too long. */
	private static int localPartStart(String text, int at, int notBefore) {
		int start = at;
		while (start > notBefore && isLocalPartChar(text.charAt(start - 1))) {
			start--;
			if (at - start > MAX_LOCAL_PART) {
				return -1;
			}
		}
		// Sentence punctuation such as "...ann@x.org" is not part of the address.
		while (start < at && (text.charAt(start) == '.' || text.charAt(start) == '-')) {
			start++;
		}
		return start < at ? start : -1;
	}

	private static boolean isLocalPartChar(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
				|| c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}
}
