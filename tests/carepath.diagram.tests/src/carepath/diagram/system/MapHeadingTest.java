package carepath.diagram.system;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import carepath.diagram.Diagram;
import carepath.diagram.DiagramModels;
import carepath.diagram.DiagramNode;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.export.PdfExport;
import carepath.diagram.sheets.SheetPlan;
import carepath.dsl.load.ModelSet;

/** A long heading (a route's: the map's title and the journey's) wraps within the first printed sheet instead of running off it. */
class MapHeadingTest {

	@Test
	void aLongRouteHeadingStaysOnTheFirstSheet() {
		StringBuilder text = new StringBuilder("ecosystem wide \"A local system of health, care and community services\" {\n");
		for (int i = 0; i < 30; i++) {
			text.append("  service s").append(i).append(" \"Service number ").append(i).append("\"\n");
		}
		for (int i = 0; i + 1 < 30; i++) {
			text.append("  referral s").append(i).append(" -> s").append(i + 1).append(" { criteria \"c\" decided by \"d\" }\n");
		}
		text.append("}\njourney j \"Somebody with a long story looks for help over many months: the challenges\" {\n")
				.append("  ecosystem wide\n  stage s { step a \"A\" { at s0 } step b \"B\" { at s1 } }\n}\n");
		ModelSet set = DiagramModels.of(text.toString());
		Diagram route = Diagrams.route(DiagramModels.journey(set, "j"), SOURCES, FindingIndex.NONE);
		DiagramNode heading = route.node("ecosystem/wide");
		assertTrue(heading.text().size() >= 2, "the heading wraps: " + heading.text());
		SheetPlan plan = PdfExport.plan(route);
		assertTrue(plan.isSplit(), "a map this wide is printed on sheets");
		Rect first = plan.sheets().get(0).pieces().get(0).clip();
		for (TextLine line : heading.text()) {
			assertTrue(line.bounds().right() <= first.right(), line.text() + " runs off the first sheet at " + first.right());
		}
		for (DiagramNode node : route.nodes()) {
			if (node.role().equals("service")) {
				assertTrue(node.bounds().y() >= heading.bounds().bottom(), node.id() + " under the heading");
			}
		}
	}
}
