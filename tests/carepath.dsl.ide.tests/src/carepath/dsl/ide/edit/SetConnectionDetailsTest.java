package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import carepath.model.ConnectionKind;

/** A connection's access criteria and who decides: a criterion added, `decided by` set in place, added, or taken away. */
class SetConnectionDetailsTest {
	private static final String MAP = DeleteConnectionTest.MAP;
	private static final ConnectionRef REFERRAL = new ConnectionRef("riverside", ConnectionKind.REFERRAL, "gp", "cmht", 1);

	@Test
	void aCriterionIsAdded() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetConnectionDetails.addCriterion(Projects.of(MAP), REFERRAL, "Over 16"));
		assertEquals(replaced(MAP, "    criteria \"Moderate\" // as agreed\n", "    criteria \"Moderate\" // as agreed\n    criteria \"Over 16\"\n"),
				after.text(Projects.file(1)));
	}

	@Test
	void whoDecidesIsAddedThenChangedThenTakenAway() throws Exception {
		ProjectTexts added = Projects.applied(Projects.of(MAP), SetConnectionDetails.decidedBy(Projects.of(MAP), REFERRAL, "Duty worker"));
		String withDecider = replaced(MAP, "    criteria \"Moderate\" // as agreed\n",
				"    criteria \"Moderate\" // as agreed\n    decided by \"Duty worker\"\n");
		assertEquals(withDecider, added.text(Projects.file(1)));
		ProjectTexts changed = Projects.applied(added, SetConnectionDetails.decidedBy(added, REFERRAL, "Team lead"));
		assertEquals(replaced(withDecider, "\"Duty worker\"", "\"Team lead\""), changed.text(Projects.file(1)));
		ProjectTexts gone = Projects.applied(changed, SetConnectionDetails.decidedBy(changed, REFERRAL, ""));
		assertEquals(MAP, gone.text(Projects.file(1)));
	}
}
