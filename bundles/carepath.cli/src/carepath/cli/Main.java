package carepath.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/**
 * The `carepath` command. Exit codes: 0 clean, 1 errors found in the models, 2 usage or I/O
 * problems (one line on stderr), 3 an internal failure (one line on stderr, never a stack trace).
 */
public final class Main {
	public static final int CLEAN = 0;
	public static final int MODEL_ERRORS = 1;
	public static final int USAGE_OR_IO = 2;
	public static final int INTERNAL = 3;
	private Main() {
	}

	/** Says what went wrong in one line, as every command does for usage and I/O problems; returns their exit code. */
	static int usageError(PrintWriter err, String message) {
		err.println("carepath: " + message);
		return USAGE_OR_IO;
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		System.exit(run(args, out, err));
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		QuietLibraries.silence();
		CommandLine commandLine = new CommandLine(new CarepathCommand());
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.setParameterExceptionHandler((problem, arguments) -> {
			err.println("carepath: " + problem.getMessage());
			err.println("Try 'carepath --help'.");
			return USAGE_OR_IO;
		});
		commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> {
			if (System.getenv("CAREPATH_TRACE") != null) {
				failure.printStackTrace(err); // for Carepath's developers only
			}
			err.println("carepath: internal error (" + failure.getClass().getSimpleName() + ": " + failure.getMessage()
					+ "); please report it with the file that caused it");
			return INTERNAL;
		});
		try {
			return commandLine.execute(args);
		} catch (StackOverflowError | OutOfMemoryError failure) {
			err.println("carepath: internal error (" + failure.getClass().getSimpleName()
					+ "); the input is too deeply nested or too large");
			return INTERNAL;
		}
	}
}
