package carepath.fuzz;

import carepath.diagram.Diagram;
import carepath.diagram.export.ExportFormat;
import carepath.diagram.system.SystemMapGenerator.Grouping;

/**
 * Drawing as SVG: every view of every map in a file that checks without errors (`carepath render`
 * refuses the others) must be drawn, and each SVG must be well-formed XML.
 */
public final class RenderSvgFuzzer {
	private RenderSvgFuzzer() {
	}

	public static void fuzzerInitialize() {
		Models.load("need warmup \"Warm up\"\n");
	}

	public static void fuzzerTestOneInput(byte[] data) {
		Models.Loaded loaded = Models.checked(data);
		if (loaded == null) {
			return;
		}
		// both groupings of the system map, chosen by the input so that each is fuzzed
		Grouping grouping = (data.length & 1) == 0 ? Grouping.CATEGORY : Grouping.SETTING;
		for (Models.Item item : Models.views(loaded, grouping)) {
			Diagram diagram = item.diagram().get();
			byte[] svg = ExportFormat.SVG.bytes(diagram);
			Models.requireWellFormedXml(item.name() + ".svg", svg);
		}
	}
}
