package carepath.diagram.journey;

import static carepath.diagram.DiagramModels.SOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import carepath.testing.ExampleModels;
import carepath.analysis.Journeys;
import carepath.diagram.Diagram;
import carepath.diagram.DiagramModels;
import carepath.diagram.DiagramNode;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.Ids;
import carepath.diagram.svg.SvgRenderer;
import carepath.dsl.load.ModelSet;
import carepath.model.Journey;
import carepath.model.Step;

/** The journey map: every step once, stable ids, traces to the text, text that fits, findings marked. */
class JourneyMapTest {
	private static ModelSet examples;

	@BeforeAll
	static void load() {
		examples = ExampleModels.load();
	}

	private static Diagram map(Journey journey) {
		return Diagrams.journeyMap(journey, SOURCES, DiagramModels.findings(examples));
	}

	@Test
	void everyStepAppearsOnceWithItsId() {
		for (Journey journey : examples.elements(Journey.class)) {
			Diagram diagram = map(journey);
			DiagramModels.assertUniqueIds(diagram);
			List<String> steps = diagram.nodes().stream().map(DiagramNode::id).filter(id -> id.startsWith("step/")).sorted().toList();
			assertEquals(Journeys.steps(journey).stream().map(Ids::step).sorted().toList(), steps, journey.getName());
			assertEquals(journey.getStages().size(), diagram.nodes().stream().filter(n -> n.role().equals("stage")).count());
		}
	}

	@Test
	void tracesLeadBackToTheText() {
		Journey journey = DiagramModels.journey(examples, "samChallenges");
		String text = ((XtextResource) journey.eResource()).getParseResult().getRootNode().getText();
		for (Step step : Journeys.steps(journey)) {
			DiagramNode node = map(journey).node(Ids.step(step));
			var range = node.trace().range();
			String written = text.substring(range.offset(), range.offset() + range.length());
			assertTrue(written.matches("(?s)((decision|backstage) )*step " + step.getName() + "\\b.*\\}"), written);
			assertEquals(text.substring(0, range.offset()).split("\n", -1).length, range.line());
			assertTrue(node.trace().element().endsWith(step.eResource().getURIFragment(step)));
		}
	}

	@Test
	void textFitsItsBoxes() {
		for (Journey journey : examples.elements(Journey.class)) {
			DiagramModels.assertTextFits(map(journey));
		}
	}

	@Test
	void longDutchWordsAreBrokenToFit() {
		ModelSet set = DiagramModels.of("""
				persona p "Mevrouw met een heel lange naam"
				journey j { persona p
				  stage s "Ketenzorgcoördinatieoverleg" {
				    step a "Hartfalenverpleegkundigenspreekuurafspraakbevestigingsbrief" {
				      support "Arbeidsongeschiktheidsverzekeringsmaatschappijmedewerkersbezoek"
				      pain coordination "Medicatieoverzichtsafstemmingsprobleem tussen huisartsenpraktijkondersteuners"
				    }
				  }
				}
				""");
		Diagram diagram = Diagrams.journeyMap(DiagramModels.journey(set, "j"), SOURCES, FindingIndex.NONE);
		DiagramModels.assertTextFits(diagram);
		DiagramNode step = diagram.node("step/j/s/a");
		assertTrue(step.text().size() >= 3, "the long title is broken over lines: " + step.text());
		assertTrue(step.text().get(0).text().endsWith("-"), step.text().get(0).text());
	}

	@Test
	void sameModelSameDiagramAndSvg() {
		Journey journey = DiagramModels.journey(examples, "hfRiaNu");
		assertEquals(map(journey), map(journey));
		assertEquals(SvgRenderer.render(map(journey)), SvgRenderer.render(map(journey)));
	}

	@Test
	void idsSurviveUnrelatedEdits() {
		String text = """
				need n
				persona p { needs n }
				journey j { persona p
				  stage one { step a "First" { person feels -1 } step b "Second" { waits 2 days } }
				  stage two { step c "Third" }
				}
				""";
		Diagram before = Diagrams.journeyMap(DiagramModels.journey(DiagramModels.of(text), "j"), SOURCES, FindingIndex.NONE);
		String edited = "// a comment moves every offset\n" + text.replace("\"Second\"", "\"Second, now with a much longer title\"");
		Diagram after = Diagrams.journeyMap(DiagramModels.journey(DiagramModels.of(edited), "j"), SOURCES, FindingIndex.NONE);
		DiagramModels.assertSameIds(before, after);
		assertEquals(before.node("step/j/one/a").trace().range().line() + 1, after.node("step/j/one/a").trace().range().line());
	}

	@Test
	void emptyLanesAreHiddenUnlessAsked() {
		ModelSet set = DiagramModels.of("persona p\njourney j { persona p stage s { step a { person feels 1 } } }\n");
		Journey journey = DiagramModels.journey(set, "j");
		Diagram hidden = Diagrams.journeyMap(journey, SOURCES, FindingIndex.NONE);
		assertNotNull(hidden.node("lane/person"));
		assertNull(hidden.node("lane/pains"));
		Diagram shown = JourneyMapGenerator.generate(journey, SOURCES, FindingIndex.NONE, new JourneyMapGenerator.Options(false));
		assertNotNull(shown.node("lane/pains"));
		assertTrue(shown.height() > hidden.height());
	}

	@Test
	void findingsAreMarkedOnTheirSteps() {
		Journey journey = DiagramModels.journey(examples, "samChallenges");
		Diagram diagram = map(journey);
		DiagramNode marker = diagram.node("finding/step/samChallenges/waiting/adpSelfReferral");
		assertNotNull(marker, diagram.nodes().stream().map(DiagramNode::id).filter(id -> id.startsWith("finding/")).toList().toString());
		assertTrue(marker.note().contains("[off-declined-pathway]"), marker.note());
		// The badge's number leads to the findings list printed with the map, which says them in words.
		String number = marker.text().get(0).text();
		DiagramNode entry = diagram.node("findings/" + number);
		assertNotNull(entry, "no entry " + number + " in the findings list");
		String words = String.join(" ", entry.text().stream().map(line -> line.text()).toList());
		for (String line : marker.note().split("\n")) {
			String message = line.substring(line.indexOf(": ") + 2, line.lastIndexOf(" ["));
			String firstWords = message.substring(0, Math.min(30, message.length()));
			assertTrue(words.contains(firstWords), firstWords + " not in " + words);
		}
	}

	@Test
	void backstageStepsSitBelowTheLineOfVisibility() {
		Journey journey = DiagramModels.journey(examples, "hfRiaNu");
		Diagram diagram = map(journey);
		var line = diagram.edge("lane-line/backstage");
		assertNotNull(line);
		double visibility = line.points().get(0).y();
		for (Step step : Journeys.steps(journey)) {
			DiagramNode card = diagram.node(Ids.step(step));
			assertEquals(step.isBackstage(), card.bounds().y() > visibility, step.getName());
		}
	}

	@Test
	void journeyMapAddedStepShiftsOnlyTheStepsAfterIt() {
		String text = """
				persona p
				journey j { persona p
				  stage one { step a "First" step b "Second" }
				  stage two { step c "Third" step d "Fourth" }
				}
				""";
		Diagram before = Diagrams.journeyMap(DiagramModels.journey(DiagramModels.of(text), "j"), SOURCES, FindingIndex.NONE);
		Diagram after = Diagrams.journeyMap(DiagramModels.journey(
				DiagramModels.of(text.replace("step b \"Second\" }", "step b \"Second\" step b2 \"Inserted\" }")), "j"), SOURCES,
				FindingIndex.NONE);
		double column = JourneyMapGenerator.COLUMN + JourneyMapGenerator.GAP;
		for (String id : List.of("step/j/one/a", "step/j/one/b")) {
			assertEquals(before.node(id).bounds(), after.node(id).bounds(), id);
		}
		for (String id : List.of("step/j/two/c", "step/j/two/d")) {
			assertEquals(before.node(id).bounds().x() + column, after.node(id).bounds().x(), 0.01, id);
			assertEquals(before.node(id).bounds().y(), after.node(id).bounds().y(), 0.01, id);
		}
	}
}
