package carepath.fuzz;

import carepath.exchange.MermaidImport;

/** `carepath import FILE.mmd`: any UTF-8 text is read, and what is read is written and checks. */
public final class MermaidImportFuzzer {
	private MermaidImportFuzzer() {
	}

	public static void fuzzerInitialize() {
		Models.load("need warmup \"Warm up\"\n");
	}

	public static void fuzzerTestOneInput(byte[] data) {
		String text = Models.utf8(data);
		if (text == null) {
			return;
		}
		Imports.writeAndCheck(MermaidImport.read(text, "diagram"), false);
	}
}
