package carepath.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import carepath.testing.ExampleModels;
import carepath.analysis.WaitTime;
import carepath.dsl.load.ModelSet;
import carepath.model.MapModel;

/** The heart-failure example's as-is and to-be pair, with every figure asserted. */
class ComparisonTest {
	private static ModelSet examples;

	@BeforeAll
	static void load() {
		examples = ExampleModels.load();
	}

	private static Comparison compare(String asIs, String toBe) {
		return MapComparison.compare(ExampleModels.named(examples, MapModel.class, asIs), ExampleModels.named(examples, MapModel.class, toBe));
	}

	/** key -> "before | after | change", as the figures display. */
	private static Map<String, String> figures(Comparison comparison) {
		Map<String, String> figures = new LinkedHashMap<>();
		for (FigureChange figure : comparison.figures()) {
			figures.put(figure.key(), figure.before().display() + " | " + figure.after().display() + " | "
					+ figure.differenceDisplay());
		}
		return figures;
	}

	private static List<String> names(Comparison comparison, String kind, ChangeKind change) {
		return comparison.elements().stream().filter(e -> e.kind().equals(kind) && e.change() == change)
				.map(ElementChange::name).toList();
	}

	@Test
	void journeyFiguresBeforeAndAfter() {
		Comparison comparison = compare("hfRiaNu", "hfRiaStraks");
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("steps", "10 | 10 | 0");
		expected.put("services", "8 | 7 | -1");
		expected.put("handovers", "7 | 7 | 0");
		expected.put("systems", "6 | 5 | -1");
		expected.put("total-wait", "10 weeks 4 hours | 4 weeks 30 minutes | -6 weeks 3 hours");
		expected.put("pain-points", "10 | 2 | -8");
		expected.put("pain-points-gap", "1 | 0 | -1");
		expected.put("pain-points-repetition", "1 | 0 | -1");
		expected.put("pain-points-waiting", "2 | 0 | -2");
		expected.put("pain-points-communication", "2 | 1 | -1");
		expected.put("pain-points-access", "2 | 1 | -1");
		expected.put("pain-points-coordination", "2 | 0 | -2");
		expected.put("ideas", "3 | 1 | -2");
		expected.put("average-person-score", "-0.8 | 1.1 | +1.9");
		expected.put("lowest-person-score", "-2 | 1 | +3");
		expected.put("repeated-information", "1 | 0 | -1");
		assertEquals(expected, figures(comparison));
		// Exact values behind the displays (a display shows two parts at most).
		assertEquals(70 * WaitTime.DAY + 4 * WaitTime.HOUR, comparison.figure("total-wait").before().value());
		assertEquals(28 * WaitTime.DAY + 30, comparison.figure("total-wait").after().value());
		assertEquals(-7.0 / 9, comparison.figure("average-person-score").before().value(), 1e-9);
		assertEquals(9.0 / 8, comparison.figure("average-person-score").after().value(), 1e-9);
	}

	@Test
	void journeyStagesAndStepsAddedRemovedChanged() {
		Comparison comparison = compare("hfRiaNu", "hfRiaStraks");
		assertEquals(List.of("bijsturen"), names(comparison, "stage", ChangeKind.ADDED));
		assertEquals(List.of("ontregeling"), names(comparison, "stage", ChangeKind.REMOVED));
		assertEquals(List.of("signalen", "diagnose", "thuisMeten"), names(comparison, "stage", ChangeKind.CHANGED));
		assertEquals(List.of("installatie", "dagelijks", "huisbezoek", "alarm", "belletje", "overdracht", "evaluatie"),
				names(comparison, "step", ChangeKind.ADDED));
		assertEquals(List.of("belHuisarts", "instellen", "medicatieverwerking", "thuiszorgBezoek", "weekend", "opname", "ontslag"),
				names(comparison, "step", ChangeKind.REMOVED));
		assertEquals(List.of("consult", "poliBezoek", "aanmelding"), names(comparison, "step", ChangeKind.CHANGED));
		assertEquals(List.of(), comparison.with(ChangeKind.KEPT));
	}

	@Test
	void ecosystemFiguresAndServices() {
		Comparison comparison = compare("hfZorgNu", "hfZorgStraks");
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("services", "10 | 11 | +1");
		expected.put("categories", "4 | 4 | 0");
		expected.put("connections", "9 | 13 | +4");
		expected.put("referrals", "6 | 10 | +4");
		expected.put("signposts", "3 | 3 | 0");
		expected.put("supported-signposts", "0 | 2 | +2");
		expected.put("declined-pathways", "1 | 2 | +1");
		expected.put("joint-decisions", "0 | 2 | +2");
		expected.put("isolated-services", "0 | 0 | 0");
		expected.put("needs-met", "5 | 5 | 0");
		assertEquals(expected, figures(comparison));
		assertEquals(List.of("eersteLijn", "ziekenhuis", "thuis", "opAfstand"), names(comparison, "category", ChangeKind.KEPT));
		assertEquals(List.of("telemonitoring"), names(comparison, "service", ChangeKind.REMOVED));
		assertEquals(List.of("hap", "seh", "wmoLoket", "lotgenoten"), names(comparison, "service", ChangeKind.KEPT));
	}

	@Test
	void aMapComparedWithItselfKeepsEverything() {
		MapModel sam = ExampleModels.named(examples, MapModel.class, "samChallenges");
		Comparison comparison = MapComparison.compare(sam, sam);
		assertEquals(comparison.elements().size(), comparison.with(ChangeKind.KEPT).size());
		comparison.figures().forEach(figure -> assertEquals("0", figure.differenceDisplay(), figure.key()));
	}

	@Test
	void aJourneyIsNotComparedWithAnEcosystem() {
		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
				() -> compare("hfRiaNu", "hfZorgStraks"));
		assertEquals("'hfRiaNu' is a journey and 'hfZorgStraks' an ecosystem: compare two journeys or two ecosystems",
				failure.getMessage());
	}
}
