package carepath.fuzz;

import carepath.exchange.ImportException;
import carepath.exchange.SheetImport;

/** `carepath import FILE.csv`: any UTF-8 text is read or refused with an ImportException, and what is read is written and checks. */
public final class SheetImportFuzzer {
	private SheetImportFuzzer() {
	}

	public static void fuzzerInitialize() {
		Models.load("need warmup \"Warm up\"\n");
	}

	public static void fuzzerTestOneInput(byte[] data) {
		String text = Models.utf8(data);
		if (text == null) {
			return; // "not UTF-8 text; save the file as UTF-8"
		}
		try {
			Imports.writeAndCheck(SheetImport.read(text, "sheet"), false);
		} catch (ImportException expected) {
			// refused with a message for the person who gave it
		}
	}
}
