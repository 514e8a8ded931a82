package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Dragging a service into another category group: only `in CATEGORY` on its first line changes. */
class MoveToCategoryTest {
	private static final String MAP = """
			ecosystem riverside { // the map
			  category clinical "Health services"
			  category community
			  service gp "GP practice" in clinical { // first
			    setting community
			  }
			  service cafe /* peer */ // no category yet
			}
			""";

	@Test
	void intoAnotherCategory() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), MoveToCategory.of(Projects.of(MAP), "gp", "community"));
		assertEquals(MAP.replace("in clinical {", "in community {"), after.text(Projects.file(1)));
	}

	@Test
	void intoACategoryForTheFirstTime() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), MoveToCategory.of(Projects.of(MAP), "cafe", "community"));
		assertEquals(MAP.replace("service cafe /* peer */", "service cafe in community /* peer */"), after.text(Projects.file(1)));
	}

	@Test
	void outOfEveryCategory() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), MoveToCategory.of(Projects.of(MAP), "gp", null));
		assertEquals(MAP.replace("\"GP practice\" in clinical {", "\"GP practice\" {"), after.text(Projects.file(1)));
	}

	@Test
	void anUnknownCategoryIsRefused() {
		assertEquals("the system map has no category 'crisis'",
				assertThrows(EditRefused.class, () -> MoveToCategory.of(Projects.of(MAP), "gp", "crisis")).getMessage());
	}
}
