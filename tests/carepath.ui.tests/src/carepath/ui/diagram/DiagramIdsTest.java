package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import carepath.dsl.ide.edit.ConnectionRef;
import carepath.model.ConnectionKind;

/** Drawn ids read back into the names and connections the edits take. */
class DiagramIdsTest {

	@Test
	void namedElementsByTheirFullNames() {
		assertEquals("riverside.gp", DiagramIds.of("service/riverside/gp").fullName());
		assertEquals("riverside.crisis", DiagramIds.of("category/riverside/crisis").fullName());
		assertEquals("sam.seeking.firstVisit", DiagramIds.of("step/sam/seeking/firstVisit").fullName());
	}

	@Test
	void cardsDotsAndHopsByTheirStep() {
		assertEquals("sam.seeking.firstVisit", DiagramIds.of("pain/step/sam/seeking/firstVisit/1").fullName());
		assertEquals("sam.seeking.firstVisit", DiagramIds.of("dot/professional/step/sam/seeking/firstVisit").fullName());
		assertEquals("professional", DiagramIds.of("dot/professional/step/sam/seeking/firstVisit").who());
		assertEquals("sam.crisis.ae", DiagramIds.of("hop/step/sam/crisis/ae").fullName());
		assertEquals(DiagramIds.of("step/sam/crisis/ae"), DiagramIds.of("step/sam/crisis/ae").step(), "a step is its own step");
		assertEquals("step/sam/crisis/ae", DiagramIds.of("pain/step/sam/crisis/ae/2").step().toId());
	}

	@Test
	void connectionsByKindEndsAndNumber() {
		assertEquals(new ConnectionRef("riverside", ConnectionKind.REFERRAL, "gp", "cmht", 2),
				DiagramIds.of("connection/riverside/referral/gp/cmht#2").connection());
		assertEquals(new ConnectionRef("riverside", ConnectionKind.SIGNPOST, "adp", "cafe", 1),
				DiagramIds.of("connection/riverside/signpost/adp/cafe").connection());
		assertNull(DiagramIds.of("service/riverside/gp").connection());
		assertEquals("connection/riverside/referral/gp/cmht#2",
				DiagramIds.of(new ConnectionRef("riverside", ConnectionKind.REFERRAL, "gp", "cmht", 2)), "and back");
	}

	@Test
	void decorationNamesNothing() {
		assertNull(DiagramIds.of("lane/person").fullName());
		assertEquals("", DiagramIds.of("").kind());
	}
}
