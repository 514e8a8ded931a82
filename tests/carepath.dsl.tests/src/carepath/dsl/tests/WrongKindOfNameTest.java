package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A quoted trait key, or a qualified name where only a short one goes, say what to write instead. */
class WrongKindOfNameTest {

	@Test
	void aQuotedTraitKey() {
		assertEquals("A trait's key is one word, not quoted text: write trait livingSituation \"...\"",
				SyntaxErrorWords.first("persona p { trait \"Living situation\" \"Alone\" }").message());
	}

	@Test
	void aQualifiedServiceInAConnection() {
		assertEquals("Only the short name of a service is written here, without 'e.'",
				SyntaxErrorWords.first("ecosystem e { service gp service cmht referral e.gp -> cmht }").message());
	}
}
