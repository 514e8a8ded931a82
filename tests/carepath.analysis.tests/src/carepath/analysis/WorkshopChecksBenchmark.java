package carepath.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import carepath.dsl.load.ModelSet;
import carepath.testing.SyntheticModels;

/**
 * Every workshop check together on the large synthetic model (1,000 services, 3,000
 * connections, a 500-step journey), parsed and linked beforehand. Target: under 100 ms warm.
 * Run by `./dev bench`; it prints figures and asserts only that the checks ran.
 */
class WorkshopChecksBenchmark {
	private static final int WARM_UP = 10;
	private static final int MEASURED = 15;

	@Test
	void allRulesOnTheLargeModel() {
		ModelSet set = SyntheticModels.load(SyntheticModels.large());
		EcoreUtil.resolveAll(set.resourceSet());
		List<Finding> findings = List.of();
		for (int i = 0; i < WARM_UP; i++) {
			findings = WorkshopChecks.run(set.resourceSet().getResources(), CheckSettings.DEFAULTS);
		}
		long[] millis = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			findings = WorkshopChecks.run(set.resourceSet().getResources(), CheckSettings.DEFAULTS);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		if (findings.isEmpty()) {
			throw new AssertionError("the checks found nothing in a model made to have findings");
		}
		Arrays.sort(millis);
		System.out.printf("BENCHMARK workshop checks (%d rules), 1,000 services / 3,000 connections / 500 steps:%n",
				WorkshopChecks.rules().size());
		System.out.printf("BENCHMARK   warm median %d ms, min %d ms, max %d ms over %d runs; %d findings%n",
				millis[MEASURED / 2], millis[0], millis[MEASURED - 1], MEASURED, findings.size());
		System.out.println("BENCHMARK   per rule, warm median of 15 runs (ms): " + perRule(set));
	}

	/** Each rule alone, to see where the time goes. */
	private static Map<String, Long> perRule(ModelSet set) {
		Map<String, Long> medians = new TreeMap<>();
		var elements = WorkshopChecks.topLevelElements(set.resourceSet().getResources());
		for (WorkshopRule rule : WorkshopChecks.rules()) {
			long[] micros = new long[MEASURED];
			for (int i = 0; i < MEASURED; i++) {
				AnalysisContext context = new AnalysisContext(elements, CheckSettings.DEFAULTS);
				long start = System.nanoTime();
				for (var element : elements) {
					rule.check(element, context, (subject, feature, index, message) -> {
					});
				}
				micros[i] = (System.nanoTime() - start) / 1_000;
			}
			Arrays.sort(micros);
			medians.put(rule.code(), micros[MEASURED / 2] / 1000);
		}
		return medians;
	}
}
