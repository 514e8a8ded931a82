package carepath.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import carepath.testing.ExampleModels;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;

/**
 * The checks on the project's examples: which findings each map gets. The challenges maps must
 * show their gaps; the good-practice and to-be maps must have fewer; nothing identifies a person.
 */
class ExamplesFindingsTest {
	private static List<Problem> problems;

	@BeforeAll
	static void check() {
		ModelSet examples = ExampleModels.load();
		problems = examples.validate();
	}

	/** file -> "code=count ..." in code order. */
	private static Map<String, String> countsPerFile() {
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (Problem problem : problems) {
			String file = ExampleModels.folder().relativize(java.nio.file.Path.of(problem.file())).toString();
			counts.computeIfAbsent(file, f -> new TreeMap<>()).merge(problem.code(), 1, Integer::sum);
		}
		Map<String, String> lines = new TreeMap<>();
		counts.forEach((file, byCode) -> lines.put(file,
				String.join(" ", byCode.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())));
		return lines;
	}

	@Test
	void findingsPerExampleFile() {
		Map<String, String> expected = new TreeMap<>();
		expected.put("heart-failure/ria-nu.journey", "bounced-back=1 experience-gap=1 long-wait=1 low-point-without-idea=7 many-systems=1 "
				+ "needs-missed=2 repeated-information=1 total-wait=1 unmapped-handover=2");
		expected.put("heart-failure/ria-straks.journey",
				"low-point-without-idea=1 many-systems=1 needs-missed=1 total-wait=1 unmapped-handover=3");
		expected.put("heart-failure/zorglandschap.journey", "bottleneck=8 central-service=6 no-criteria=1 no-decider=1 "
				+ "no-declined-pathway=12 not-joint=2 unsupported-signpost=4 wrong-door=4");
		expected.put("mental-health/sam-challenges.journey", "long-total-wait=1 long-wait=1 low-point-without-idea=6 "
				+ "many-systems=1 off-declined-pathway=1 total-wait=1 unmapped-handover=2");
		expected.put("mental-health/sam-good-practice.journey", "many-systems=1 total-wait=1 unmapped-handover=1");
		expected.put("mental-health/system-map.journey", "bottleneck=5 central-service=3 no-decider=1 no-declined-pathway=4 "
				+ "not-joint=1 referral-loop=1 unsupported-signpost=3 wrong-door=2");
		assertEquals(expected, countsPerFile());
	}

	@Test
	void theWorkshopStoriesAreFound() {
		assertFinding("mental-health/system-map.journey:151", "referral-loop",
				"Referral loop: a person declined by Community Mental Health Team is sent to GP practice, and the pathways lead back to Community Mental Health Team (Community Mental Health Team → GP practice → Community Mental Health Team) without the need being met.");
		assertFinding("mental-health/system-map.journey:109", "wrong-door",
				"Wrong door: people sent to Council housing options can be turned away, and nothing leads on from it, not even a declined pathway.");
		assertFinding("mental-health/sam-challenges.journey:52", "off-declined-pathway",
				"After being declined at Community Mental Health Team, Sam goes to Alcohol and drug recovery service, not to Primary care mental health team or GP practice where the system map sends people who are declined.");
		assertFinding("heart-failure/ria-nu.journey:91", "repeated-information",
				"\"Klachten\" is gathered again: it was already gathered at step Ria belt de huisarts omdat ze benauwd is"
						+ " (into HIS (huisartsinformatiesysteem), now into Dossier van de huisartsenpost).");
	}

	@Test
	void noErrorsAndNoPersonalIdentifiers() {
		assertTrue(problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR), problems.toString());
		assertTrue(problems.stream().noneMatch(p -> p.code().equals("personal-identifier")));
	}

	@Test
	void everyFindingNamesItsWorkshopQuestion() {
		for (Problem problem : problems) {
			assertEquals(WorkshopChecks.rule(problem.code()).question().id(), problem.question(), problem.toString());
		}
	}

	private static void assertFinding(String fileAndLine, String code, String message) {
		List<String> found = problems.stream()
				.filter(p -> p.code().equals(code)
						&& (ExampleModels.folder().relativize(java.nio.file.Path.of(p.file())) + ":" + p.line()).equals(fileAndLine))
				.map(Problem::message).toList();
		assertEquals(List.of(message), found);
	}
}
