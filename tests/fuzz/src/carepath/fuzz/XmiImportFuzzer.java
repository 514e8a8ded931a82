package carepath.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

import carepath.exchange.ImportException;
import carepath.exchange.XmiImport;

/**
 * `carepath import FILE.xmi`: any bytes are read or refused with an ImportException; what is read
 * is written as text (or refused as text the language cannot hold) without any other exception.
 * The file is said to lie in an empty folder of its own, so references to other files find nothing.
 */
public final class XmiImportFuzzer {
	private static URI location;

	private XmiImportFuzzer() {
	}

	public static void fuzzerInitialize() {
		Models.load("need warmup \"Warm up\"\n");
		try {
			Path folder = Files.createTempDirectory("carepath-fuzz-xmi");
			folder.toFile().deleteOnExit();
			location = URI.createFileURI(folder.resolve("input.xmi").toString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void fuzzerTestOneInput(byte[] data) {
		try {
			Imports.writeAndCheck(XmiImport.read(data, location), true);
		} catch (ImportException expected) {
			// refused with a message for the person who gave it
		}
	}
}
