package carepath.fuzz;

import java.util.List;

import carepath.dsl.load.Problem;

/**
 * The .journey parser and validator: any text parses and validates, reporting what is wrong as
 * problems; nothing it holds may make them throw.
 */
public final class ParseFuzzer {
	private ParseFuzzer() {
	}

	public static void fuzzerInitialize() {
		Models.load("need warmup \"Warm up\"\n");
	}

	public static void fuzzerTestOneInput(byte[] data) {
		String text = Models.utf8(data);
		if (text == null) {
			return; // the command line refuses a file that is not UTF-8 before parsing it
		}
		List<Problem> problems = Models.load(text).problems();
		for (Problem problem : problems) {
			if (problem.message() == null || problem.line() < 1 || problem.column() < 1) {
				throw new Models.Violation("a problem without message or position: " + problem);
			}
			problem.toString(); // as `carepath check` prints it
		}
	}
}
