package carepath.diagram;

import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import carepath.testing.ExampleModels;
import carepath.diagram.svg.SvgRenderer;
import carepath.diagram.system.SystemMapGenerator;
import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.testing.SyntheticModels;

/**
 * Generate + lay out + render SVG. Targets: a typical model (a 40-step journey, a 60-service
 * ecosystem) under 50 ms warm, since this runs on every pause in typing; the large synthetic model
 * (500 steps, 1,000 services, 3,000 connections) under 1 s. Run by `./dev bench`.
 */
class DiagramBenchmark {

	@Test
	void typicalModel() {
		ModelSet set = SyntheticModels.load(SyntheticModels.generate(60, 120, 40, 7));
		measure("typical: 40-step journey map", 20, 30, () -> set.elements(Journey.class).get(0), this::journey, set);
		measure("typical: 60-service / 120-connection system map", 20, 30, () -> set.elements(Ecosystem.class).get(0),
				this::system, set);
	}

	/** The examples' own maps, the size a workshop really draws. */
	@Test
	void exampleMaps() {
		ModelSet set = ExampleModels.load();
		measure("example: samChallenges journey map (15 steps)", 20, 30, () -> DiagramModels.journey(set, "samChallenges"),
				this::journey, set);
		measure("example: riverside system map (13 services)", 20, 30, () -> DiagramModels.ecosystem(set, "riverside"),
				this::system, set);
	}

	@Test
	void largeModel() {
		ModelSet set = SyntheticModels.load(SyntheticModels.large());
		measure("large: 500-step journey map", 3, 7, () -> set.elements(Journey.class).get(0), this::journey, set);
		measure("large: 1,000-service / 3,000-connection system map", 3, 7, () -> set.elements(Ecosystem.class).get(0),
				this::system, set);
	}

	private String journey(Object journey) {
		return SvgRenderer.render(Diagrams.journeyMap((Journey) journey, DiagramModels.SOURCES, FindingIndex.NONE));
	}

	private String system(Object ecosystem) {
		return SvgRenderer.render(Diagrams.systemMap((Ecosystem) ecosystem, DiagramModels.SOURCES, FindingIndex.NONE,
				SystemMapGenerator.Grouping.CATEGORY));
	}

	private static void measure(String what, int warmUp, int runs, Supplier<Object> subject,
			java.util.function.Function<Object, String> draw, ModelSet set) {
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(set.resourceSet());
		Object model = subject.get();
		int length = 0;
		for (int i = 0; i < warmUp; i++) {
			length = draw.apply(model).length();
		}
		long[] millis = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			length = draw.apply(model).length();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("BENCHMARK diagram %s: warm median %d ms, min %d, max %d over %d runs; SVG %,d chars%n", what,
				millis[runs / 2], millis[0], millis[runs - 1], runs, length);
	}
}
