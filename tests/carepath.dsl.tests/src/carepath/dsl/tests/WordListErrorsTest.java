package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.Problem;

/** A word where only words of a list may go says which words are allowed, and the one most likely meant. */
class WordListErrorsTest {

	@Test
	void aKindOfPainPoint() {
		Problem problem = SyntaxErrorWords.inStep("pain wait \"Three weeks\"");
		assertEquals("'wait' is not a kind of pain point; use gap, repetition, waiting, communication, access or coordination"
				+ " (did you mean 'waiting'?)", problem.message());
		assertEquals("syntax-error", problem.code());
		assertEquals(2, problem.line());
		assertEquals(55, problem.column());
	}

	@Test
	void aTimeUnit() {
		assertEquals("'wks' is not a time unit; use minutes, hours, days, weeks or months (did you mean 'weeks'?)",
				SyntaxErrorWords.inStep("waits 3 wks").message());
	}

	@Test
	void aChannel() {
		assertEquals("'phnoe' is not a channel; use face-to-face, phone, video, online, letter, email, message or home-visit"
				+ " (did you mean 'phone'?)", SyntaxErrorWords.inStep("via phnoe").message());
	}

	@Test
	void aSettingAlsoAfterAComma() {
		assertEquals("'hospitl' is not a setting; use home, community, hospital, residential, online, phone, school, workplace or custody"
				+ " (did you mean 'hospital'?)", SyntaxErrorWords.inService("setting hospitl").message());
		assertEquals("'hopsital' is not a setting; use home, community, hospital, residential, online, phone, school, workplace or custody"
				+ " (did you mean 'hospital'?)", SyntaxErrorWords.inService("setting home, hopsital").message());
	}

	@Test
	void aSectorWithNothingClose() {
		assertEquals("'nhs' is not a sector; use statutory, third-sector, private or community",
				SyntaxErrorWords.inService("sector nhs").message());
	}

	@Test
	void aStateAndWhatAMapShows() {
		assertEquals("'asis' is not a state (as-is or to-be); use as-is or to-be (did you mean 'as-is'?)",
				SyntaxErrorWords.first("journey j { state asis }").message());
		assertEquals("'challenge' is not what a map shows; use challenges or good-practice (did you mean 'challenges'?)",
				SyntaxErrorWords.first("journey j { shows challenge }").message());
	}
}
