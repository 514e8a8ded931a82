package carepath.diagram.needs;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import carepath.testing.ExampleModels;
import carepath.diagram.Diagram;
import carepath.diagram.DiagramModels;
import carepath.diagram.DiagramNode;
import carepath.dsl.load.ModelSet;
import carepath.model.Persona;

/** Services by needs: a mark where a service meets a need, the persona's needs highlighted, unmet needs visible. */
class NeedsMatrixTest {

	@Test
	void meetsPersonaNeedsAndUnmetNeeds() {
		ModelSet set = DiagramModels.of("""
				need care "Care"
				need housing "Housing"
				need money "Money"
				persona sam { needs care, housing }
				ecosystem eco {
				  service gp "GP practice" { meets care }
				  service advice "Money advice" { meets money }
				}
				""");
		Persona sam = set.elements(Persona.class).get(0);
		Diagram matrix = NeedsMatrixGenerator.generate(DiagramModels.ecosystem(set, "eco"), sam, SOURCES);
		DiagramModels.assertUniqueIds(matrix);
		DiagramModels.assertTextFits(matrix);
		assertEquals("needs", matrix.view());
		assertNotNull(matrix.node("needs/eco/cell/gp/care/meets"));
		assertNull(matrix.node("needs/eco/cell/gp/money/meets"));
		assertNotNull(matrix.node("needs/eco/cell/advice/money/meets"));
		DiagramNode housing = matrix.node("needs/eco/need/housing");
		assertTrue(housing.role().contains("persona-need") && housing.role().contains("unmet"), housing.role());
		assertTrue(housing.text().stream().anyMatch(line -> line.text().contains("not met")), housing.text().toString());
		DiagramNode care = matrix.node("needs/eco/need/care");
		assertTrue(care.role().contains("persona-need") && !care.role().contains("unmet"), care.role());
		assertTrue(!matrix.node("needs/eco/need/money").role().contains("persona-need"));
		assertEquals(matrix.node("needs/eco/row/gp").trace().element(),
				DiagramModels.ecosystem(set, "eco").getServices().get(0).eResource().getURI() + "#"
						+ DiagramModels.ecosystem(set, "eco").getServices().get(0).eResource()
								.getURIFragment(DiagramModels.ecosystem(set, "eco").getServices().get(0)));
	}

	@Test
	void examplesFit() {
		ModelSet examples = ExampleModels.load();
		for (var ecosystem : examples.elements(carepath.model.Ecosystem.class)) {
			Diagram matrix = NeedsMatrixGenerator.generate(ecosystem, null, SOURCES);
			DiagramModels.assertUniqueIds(matrix);
			DiagramModels.assertTextFits(matrix);
			assertEquals(ecosystem.getServices().size(),
					matrix.nodes().stream().filter(n -> n.id().startsWith("needs/" + ecosystem.getName() + "/row/")).count());
		}
	}
}
