package carepath.dsl.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.testing.SyntheticModels;

/**
 * Parse + link + validate (the language's rules and the workshop checks) of the large synthetic
 * model: 1,000 services, 3,000 connections and a 500-step journey. Target: under 300 ms warm and under 256 MB of heap (`./dev bench` runs it
 * with -Xmx256m). Not part of `./dev test`: it prints figures and asserts only correctness.
 */
class ParseLinkValidateBenchmark {
	private static final int WARM_UP = 10;
	private static final int MEASURED = 15;

	@Test
	void largeModel() {
		Map<String, String> files = SyntheticModels.large();
		long chars = files.values().stream().mapToLong(String::length).sum();
		for (int i = 0; i < WARM_UP; i++) {
			once(files);
		}
		long[] millis = new long[MEASURED];
		long peak = 0;
		for (int i = 0; i < MEASURED; i++) {
			resetPeaks();
			long start = System.nanoTime();
			ModelSet set = once(files);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
			peak = Math.max(peak, peakHeap());
			if (set.models().size() != files.size()) {
				throw new AssertionError("model set incomplete");
			}
		}
		Arrays.sort(millis);
		System.out.printf("BENCHMARK parse+link+validate, 1,000 services / 3,000 connections / 500 steps (%,d chars):%n", chars);
		System.out.printf("BENCHMARK   warm median %d ms, min %d ms, max %d ms over %d runs; peak heap %d MB; max heap %d MB%n",
				millis[MEASURED / 2], millis[0], millis[MEASURED - 1], MEASURED, peak / (1024 * 1024),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	private static ModelSet once(Map<String, String> files) {
		ModelSet set = SyntheticModels.load(files);
		// The workshop checks run too (their findings are expected); the language must find nothing.
		List<Problem> problems = TestModels.languageProblems(set);
		if (!problems.isEmpty()) {
			throw new AssertionError("synthetic model has problems: " + problems.subList(0, Math.min(5, problems.size())));
		}
		return set;
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}
}
