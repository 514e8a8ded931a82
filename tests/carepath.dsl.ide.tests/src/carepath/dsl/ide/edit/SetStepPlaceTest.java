package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import carepath.model.Channel;

/** A step's service and channel from the chooser: set in place, or added as one line. */
class SetStepPlaceTest {
	private static final String MAP = """
			ecosystem riverside {
			  service gp
			  service cafe
			}
			ecosystem other {
			  service council
			}
			journey sam {
			  ecosystem riverside
			  stage crisis {
			    step call {
			      at gp via phone // first
			    }
			    step visit {
			      at gp
			    }
			    step home
			  }
			}
			""";

	@Test
	void bothChangeInPlace() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetStepPlace.of(Projects.of(MAP), "call", "cafe", Channel.VIDEO));
		assertEquals(replaced(MAP, "at gp via phone // first", "at cafe via video // first"), after.text(Projects.file(1)));
	}

	@Test
	void aChannelJoinsTheService() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetStepPlace.of(Projects.of(MAP), "visit", null, Channel.FACE_TO_FACE));
		assertEquals(replaced(MAP, "      at gp\n", "      at gp via face-to-face\n"), after.text(Projects.file(1)));
	}

	@Test
	void bothNewOnOneLine() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetStepPlace.of(Projects.of(MAP), "home", "cafe", Channel.LETTER));
		assertEquals(replaced(MAP, "    step home\n", "    step home { at cafe via letter }\n"), after.text(Projects.file(1)));
	}

	@Test
	void aServiceOfAnotherMapIsRefusedWithTheLanguagesReason() {
		EditRefused refused = assertThrows(EditRefused.class, () -> SetStepPlace.of(Projects.of(MAP), "home", "other.council", null));
		assertEquals("setting where home happens would give an error: 'council' is a service of 'other', not of 'riverside', the "
				+ "ecosystem of journey 'sam'. (f1.journey, line 17)", refused.getMessage());
	}
}
