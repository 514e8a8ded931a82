package carepath.fuzz;

import carepath.diagram.export.ExportFormat;

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
		Models.forEachDrawing(data, (name, diagram) -> Models.requireWellFormedXml(name + ".svg", ExportFormat.SVG.bytes(diagram)));
	}
}
