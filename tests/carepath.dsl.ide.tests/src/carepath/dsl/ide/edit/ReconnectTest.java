package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import carepath.model.ConnectionKind;

/** Reconnecting either end of a line: only that name changes. */
class ReconnectTest {
	private static final String MAP = DeleteConnectionTest.MAP;
	private static final ConnectionRef REFERRAL = new ConnectionRef("riverside", ConnectionKind.REFERRAL, "gp", "cmht", 1);

	@Test
	void theEndMoves() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), Reconnect.of(Projects.of(MAP), REFERRAL, false, "cafe"));
		assertEquals(replaced(MAP, "referral gp -> cmht {", "referral gp -> cafe {"), after.text(Projects.file(1)));
	}

	@Test
	void theStartMoves() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), Reconnect.of(Projects.of(MAP), REFERRAL, true, "cafe"));
		assertEquals(replaced(MAP, "referral gp -> cmht {", "referral cafe -> cmht {"), after.text(Projects.file(1)));
	}

	@Test
	void aLineToItselfIsRefused() {
		assertEquals("a service cannot refer or signpost to itself",
				assertThrows(EditRefused.class, () -> Reconnect.of(Projects.of(MAP), REFERRAL, true, "cmht")).getMessage());
	}
}
