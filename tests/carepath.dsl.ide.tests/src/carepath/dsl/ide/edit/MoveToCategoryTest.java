package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import carepath.model.Category;
import carepath.model.Ecosystem;
import carepath.model.Service;

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

	/**
	 * Every service of the examples that has a category, moved to another of its map and back: the
	 * model changes in that category only (EMF comparison), and moving back gives every byte back.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("carepath.dsl.ide.edit.Projects#folders")
	void everyServiceOfTheExamples(String folder) throws Exception {
		ProjectTexts project = Projects.example(folder);
		for (Ecosystem map : project.parse().elements(Ecosystem.class)) {
			for (Service service : map.getServices()) {
				if (service.getCategory() == null || map.getCategories().size() < 2) {
					continue;
				}
				String name = map.getName() + "." + service.getName();
				String from = service.getCategory().getName();
				String to = map.getCategories().stream().map(Category::getName).filter(c -> !c.equals(from)).findFirst().orElseThrow();
				ProjectTexts moved = Projects.applied(project, MoveToCategory.of(project, name, to));
				Projects.assertModelChanged(project, moved, set -> {
					Service expected = (Service) assertDoesNotThrow(() -> Rename.find(set, name));
					expected.setCategory(((Ecosystem) expected.eContainer()).getCategories().stream().filter(c -> c.getName().equals(to))
							.findFirst().orElseThrow());
				});
				ProjectTexts back = Projects.applied(moved, MoveToCategory.of(moved, name, from));
				assertEquals(project.texts(), back.texts(), name);
			}
		}
	}
}
