package carepath.dsl.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import carepath.analysis.CheckSettings;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopChecks;
import carepath.analysis.WorkshopRule;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.testing.SyntheticModels;

/**
 * Parse + link + validate of the large synthetic model: 1,000 services, 3,000 connections and a
 * 500-step journey; once with the language's rules alone (target: under 300 ms warm and under
 * 256 MB of heap; `./dev bench` runs it with -Xmx256m), once with the workshop checks too. Not
 * part of `./dev test`: it prints figures and asserts only correctness.
 */
class ParseLinkValidateBenchmark {
	private static final int WARM_UP = 10;
	private static final int MEASURED = 15;

	/** The language alone: parse, link and the language's rules, with every workshop check off. */
	@Test
	void largeModelLanguageOnly() {
		measure("parse+link+validate (language rules)", allChecksOff());
	}

	/** What `carepath check` does: the language and every workshop check, whose findings become problems. */
	@Test
	void largeModelWithWorkshopChecks() {
		measure("parse+link+validate+workshop checks", CheckSettings.DEFAULTS);
	}

	private static CheckSettings allChecksOff() {
		CheckSettings settings = CheckSettings.DEFAULTS;
		for (WorkshopRule rule : WorkshopChecks.rules()) {
			settings = settings.withSeverity(rule.code(), Severity.OFF);
		}
		return settings;
	}

	private static void measure(String what, CheckSettings settings) {
		Map<String, String> files = SyntheticModels.large();
		long chars = files.values().stream().mapToLong(String::length).sum();
		for (int i = 0; i < WARM_UP; i++) {
			once(files, settings);
		}
		long[] millis = new long[MEASURED];
		long peak = 0;
		int problems = 0;
		for (int i = 0; i < MEASURED; i++) {
			resetPeaks();
			long start = System.nanoTime();
			problems = once(files, settings);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
			peak = Math.max(peak, peakHeap());
		}
		Arrays.sort(millis);
		System.out.printf("BENCHMARK %s, 1,000 services / 3,000 connections / 500 steps (%,d chars):%n", what, chars);
		System.out.printf("BENCHMARK   warm median %d ms, min %d ms, max %d ms over %d runs; %d findings; peak heap %d MB; max heap %d MB%n",
				millis[MEASURED / 2], millis[0], millis[MEASURED - 1], MEASURED, problems, peak / (1024 * 1024),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	/** Loads and validates; returns the number of problems, all of which must be workshop findings. */
	private static int once(Map<String, String> files, CheckSettings settings) {
		ModelSet set = SyntheticModels.load(files).useSettings(settings);
		List<Problem> problems = set.validate();
		List<Problem> language = problems.stream().filter(p -> WorkshopChecks.rule(p.code()) == null).toList();
		if (!language.isEmpty() || set.models().size() != files.size()) {
			throw new AssertionError("synthetic model has problems: " + language.subList(0, Math.min(5, language.size())));
		}
		return problems.size();
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
