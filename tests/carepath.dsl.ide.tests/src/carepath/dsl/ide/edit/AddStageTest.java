package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.JourneyTexts.JOURNEY;
import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A new stage: the journey's last line, named from its title. */
class AddStageTest {

	@Test
	void theStageIsTheJourneysLastLine() throws Exception {
		AddService.Added added = AddStage.of(Projects.of(JOURNEY), "sam", "Recovery");
		assertEquals("recovery", added.name());
		ProjectTexts after = Projects.applied(Projects.of(JOURNEY), added.edits());
		assertEquals(replaced(JOURNEY, "  stage empty \"Nothing yet\"\n", "  stage empty \"Nothing yet\"\n  stage recovery \"Recovery\"\n"),
				after.text(Projects.file(1)));
	}

	@Test
	void aTakenNameIsNotReused() throws Exception {
		assertEquals("crisis2", AddStage.of(Projects.of(JOURNEY), "sam", "Crisis").name());
	}
}
