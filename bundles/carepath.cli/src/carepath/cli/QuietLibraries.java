package carepath.cli;

import org.apache.log4j.Level;
import org.apache.log4j.LogManager;

/**
 * The command's output is its findings and its own messages only: Xtext logs notes through log4j
 * (its own log4j.properties sends INFO to standard output), PDFBox and OpenHTMLtoPDF through
 * java.util.logging. None of their lines is meant for the people who read Carepath's output, and
 * a stray line on standard output breaks `check --format json`; every failure that matters
 * reaches the user as an exception the command turns into its own message.
 */
final class QuietLibraries {
	private QuietLibraries() {
	}

	static void silence() {
		LogManager.getLoggerRepository().setThreshold(Level.OFF);
		java.util.logging.LogManager.getLogManager().reset();
		java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
	}
}
