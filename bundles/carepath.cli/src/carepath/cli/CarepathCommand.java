package carepath.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: without a subcommand it explains itself and fails as a usage error. */
@Command(name = "carepath", mixinStandardHelpOptions = true, version = "carepath 0.1.0",
		description = "Journey maps and system maps of care services, as models.",
		subcommands = { CheckCommand.class, CompareCommand.class, RenderCommand.class, ReportCommand.class, ExportCommand.class,
				ImportCommand.class, FormatCommand.class, RenameCommand.class })
public class CarepathCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().getErr().println("carepath: name a command, e.g. 'carepath check examples/'");
		spec.commandLine().usage(spec.commandLine().getErr());
		return Main.USAGE_OR_IO;
	}
}
