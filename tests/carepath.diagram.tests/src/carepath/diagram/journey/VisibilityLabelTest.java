package carepath.diagram.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramModels;
import carepath.diagram.DiagramNode;
import carepath.diagram.Diagrams;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.dsl.load.ModelSet;

/** The words "line of visibility" stay readable: no card of any step covers them. */
class VisibilityLabelTest {

	@Test
	void noCardCoversTheLabelEvenWhenTheLastStepIsTall() {
		String tall = "A step whose title runs on and on over many lines ".repeat(4).trim();
		ModelSet set = DiagramModels.of("""
				journey j "J" {
				  stage s {
				    backstage step behind "Behind the scenes"
				    step s1 "One"
				    step s2 "Two"
				    step s3 "Three"
				    step s4 "Four"
				    step s5 "Five"
				    step last "%s"
				  }
				}
				""".formatted(tall));
		Diagram diagram = Diagrams.journeyMap(DiagramModels.journey(set, "j"), DiagramModels.SOURCES, DiagramModels.findings(set));
		DiagramEdge line = diagram.edge("lane-line/backstage");
		assertEquals(1, line.labels().size());
		TextLine label = line.labels().get(0);
		assertEquals("line of visibility", label.text());
		Rect words = label.bounds();
		// The map is wider than its minimum, so the last step's card ends at its right edge.
		assertEquals(diagram.width() - 24, diagram.node("step/j/s/last").bounds().right(), 0.01);
		for (DiagramNode node : diagram.nodes()) {
			if (!node.role().startsWith("lane-label") && !node.role().startsWith("header")) {
				assertFalse(node.bounds().overlaps(words), node.id() + " covers the label");
			}
		}
	}
}
