package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import carepath.model.ConnectionKind;

/** Marking a connection supported, or not: the one word comes or goes, a neighbouring `joint` stays. */
class MarkSupportedTest {
	private static final String MAP = DeleteConnectionTest.MAP;

	@Test
	void supportedComesIntoTheBlock() throws Exception {
		ConnectionRef referral = new ConnectionRef("riverside", ConnectionKind.REFERRAL, "gp", "cmht", 1);
		ProjectTexts after = Projects.applied(Projects.of(MAP), MarkSupported.of(Projects.of(MAP), referral, true));
		assertEquals(replaced(MAP, "    criteria \"Moderate\" // as agreed\n", "    criteria \"Moderate\" // as agreed\n    supported\n"),
				after.text(Projects.file(1)));
	}

	@Test
	void aBlockIsMadeForIt() throws Exception {
		ConnectionRef first = new ConnectionRef("riverside", ConnectionKind.SIGNPOST, "gp", "cafe", 1);
		ProjectTexts after = Projects.applied(Projects.of(MAP), MarkSupported.of(Projects.of(MAP), first, true));
		assertEquals(replaced(MAP, "  signpost gp -> cafe\n", "  signpost gp -> cafe { supported }\n"), after.text(Projects.file(1)));
	}

	@Test
	void unmarkingKeepsJoint() throws Exception {
		ConnectionRef referral = new ConnectionRef("riverside", ConnectionKind.REFERRAL, "cmht", "cafe", 1);
		ProjectTexts after = Projects.applied(Projects.of(MAP), MarkSupported.of(Projects.of(MAP), referral, false));
		assertEquals(replaced(MAP, "{ joint supported }", "{ joint }"), after.text(Projects.file(1)));
	}

	@Test
	void markingWhatIsMarkedChangesNothing() throws Exception {
		ConnectionRef referral = new ConnectionRef("riverside", ConnectionKind.REFERRAL, "cmht", "cafe", 1);
		assertTrue(MarkSupported.of(Projects.of(MAP), referral, true).isEmpty());
	}
}
