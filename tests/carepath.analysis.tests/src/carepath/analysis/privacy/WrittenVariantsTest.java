package carepath.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identifiers as people paste them: Dutch mobiles in their usual pairs, digits split by no-break
 * or zero-width spaces or by dots, full-width digits. The match covers the text as written; near
 * misses written the same way stay quiet.
 */
class WrittenVariantsTest {

	private static final PersonalIdentifierScanner SCANNER = new PersonalIdentifierScanner();

	@ParameterizedTest(name = "{0} in \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			PHONE      | Bel 06 12 34 56 78 na vijven.                | 06 12 34 56 78
			PHONE      | Vanuit het buitenland +31 6 12 34 56 78.     | +31 6 12 34 56 78
			PHONE      | Mobiel 06.12.34.56.78 op het briefje.        | 06.12.34.56.78
			PHONE      | Mobiel 06\u00A012\u00A034\u00A056\u00A078.   | 06\u00A012\u00A034\u00A056\u00A078
			PHONE      | Mobiel 0612\u200B345678 gekopieerd.          | 0612\u200B345678
			PHONE      | Mobiel \uFF10\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18 uit de chat. | \uFF10\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18
			PHONE      | Call her on 07700\u202F900123 after six.     | 07700\u202F900123
			NHS_NUMBER | NHS 943\u00A0476\u00A05919 on the letter.    | 943\u00A0476\u00A05919
			NHS_NUMBER | NHS 943\u2060476\u20605919 on the letter.    | 943\u2060476\u20605919
			BSN        | BSN: \uFF11\uFF11\uFF11222333                | \uFF11\uFF11\uFF11222333
			""")
	void findsTheIdentifierAsWritten(IdentifierKind kind, String sentence, String identifier) {
		int start = sentence.indexOf(identifier);
		assertEquals(List.of(new IdentifierMatch(kind, start, start + identifier.length(), identifier)),
				SCANNER.scan(sentence));
	}

	@ParameterizedTest(name = "{0}: \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			Dutch mobile one digit short      | Bel 06 12 34 56 7 na vijven.
			date with dots                    | Afspraak op 06.12.2024 om tien uur.
			freephone with no-break spaces    | Samaritans on 0800\u00A0123\u00A04567.
			full-width amount                 | Kosten \uFF11\uFF12\uFF10\uFF10 euro per maand.
			NHS check digit wrong, zero-width | NHS 943\u200B476\u200B5918 on the letter.
			""")
	void nearMissesStayQuiet(String why, String sentence) {
		assertEquals(List.of(), SCANNER.scan(sentence), why);
	}
}
