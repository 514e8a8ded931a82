package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A card's or a quote's words edited in place by double-click: the form starts from the words as written; only they change. */
class CardTextGestureTest extends OnAMap.OnTheJourneyMap {
	@Test
	void aPainPointsWords() throws Exception {
		String before = gestures.text();
		gestures.doubleClick("pain/step/samChallenges/seeking/firstVisit/0");
		assertEquals("Three weeks to get a routine appointment", gestures.page("return document.querySelector('#ask input').value;"));
		gestures.answer("Four weeks to get a routine appointment", null);
		gestures.waitForEdit(before);
		assertEquals(before.replace("pain waiting \"Three weeks", "pain waiting \"Four weeks"), gestures.text());
		gestures.undo();
		assertEquals(before, gestures.text());
	}

	@Test
	void aQuoteUnderTheCurve() throws Exception {
		String before = gestures.text();
		String quote = "Glad to finally say it out loud, but it felt rushed";
		gestures.doubleClick("quote/person/step/samChallenges/seeking/firstVisit");
		assertEquals(quote, gestures.page("return document.querySelector('#ask input').value;"));
		gestures.answer("Glad to say it out loud", null);
		gestures.waitForEdit(before);
		assertEquals(before.replace(quote, "Glad to say it out loud"), gestures.text());
	}

	@Test
	void anInformationCardsItems() throws Exception {
		String before = gestures.text();
		gestures.doubleClick("information/step/samChallenges/seeking/firstVisit/0");
		assertEquals("Presenting problem, Alcohol use screening", gestures.page("return document.querySelector('#ask input').value;"));
		gestures.answer("Presenting problem, Alcohol use screening, Housing", null);
		gestures.waitForEdit(before);
		assertEquals(before.replace("gathers \"Presenting problem\", \"Alcohol use screening\" in emis",
				"gathers \"Presenting problem\", \"Alcohol use screening\", \"Housing\" in emis"), gestures.text());
	}
}
