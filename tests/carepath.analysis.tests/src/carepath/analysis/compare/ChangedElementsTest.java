package carepath.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.MapModel;
import carepath.testing.ExampleModels;

/** A changed element says what changed: each differing feature in words, before → after, by titles. */
class ChangedElementsTest {

	private static Comparison compare(String text) {
		ModelSet set = JourneyLanguage.newModelSet();
		set.add("pair.journey", URI.createFileURI("/test/pair.journey"), text);
		EcoreUtil.resolveAll(set.resourceSet());
		return MapComparison.compare(ExampleModels.named(set, MapModel.class, "before"),
				ExampleModels.named(set, MapModel.class, "after"));
	}

	private static ElementChange change(Comparison comparison, String kind, String name) {
		return comparison.elements().stream().filter(e -> e.kind().equals(kind) && e.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + comparison.elements()));
	}

	@Test
	void aChangedStepListsWhatItSaysDifferently() {
		Comparison comparison = compare("""
				ecosystem e {
				  service gp "GP practice"
				  service nurse "Practice nurse"
				}
				journey before "Before" {
				  stage first "First" {
				    step visit "Visit" { at gp waits 3 weeks person feels -1 "Rushed" }
				  }
				  stage later "Later" { }
				}
				journey after "After" improves before {
				  stage first "First" { }
				  stage later "Later" {
				    step visit "Visit" { at nurse waits 1 week person feels 1 "Rushed" }
				  }
				}
				""");
		ElementChange visit = change(comparison, "step", "visit");
		assertEquals(ChangeKind.CHANGED, visit.change());
		assertEquals(List.of("stage: First → Later", "service: GP practice → Practice nurse",
				"person's experience: -1 “Rushed” → +1 “Rushed”", "wait before: 3 weeks → 1 week"),
				visit.differences().stream().map(Difference::toString).toList());
		assertEquals("Visit", visit.title());
	}

	@Test
	void keptAddedAndRemovedElementsListNoDifferences() {
		Comparison comparison = compare("""
				journey before { stage s { step a "A" step gone "Gone" } }
				journey after improves before { stage s { step a "A" step new "New" } }
				""");
		for (String name : List.of("a", "gone", "new")) {
			assertEquals(List.of(), change(comparison, "step", name).differences(), name);
		}
		assertEquals(ChangeKind.KEPT, change(comparison, "step", "a").change());
	}

	@Test
	void aChangedConnectionIsNamedByItsServicesTitles() {
		Comparison comparison = compare("""
				ecosystem before {
				  service gp "GP practice"
				  service cmht "Mental health team"
				  referral gp -> cmht { criteria "Moderate illness" }
				}
				ecosystem after improves before {
				  service gp "GP practice"
				  service cmht "Mental health team"
				  referral gp -> cmht { criteria "Any illness" decided by "Joint panel" }
				}
				""");
		ElementChange referral = change(comparison, "connection", "referral gp -> cmht");
		assertEquals("referral GP practice → Mental health team", referral.title());
		assertEquals(List.of("criteria: “Moderate illness” → “Any illness”", "decided by: none → “Joint panel”"),
				referral.differences().stream().map(Difference::toString).toList());
	}
}
