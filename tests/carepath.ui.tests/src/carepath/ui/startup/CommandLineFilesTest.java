package carepath.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which command-line arguments are files for Studio to open. */
class CommandLineFilesTest {

	@Test
	void journeyFilesAreTakenFromTheStartingFolderAndOptionsAreLeftOut() {
		Path here = Path.of("/work/maps");
		List<Path> files = CommandLineFiles.in(new String[] { "-showlocation", "a.journey", "../b.JOURNEY", "notes.txt",
				"/abs/c.journey", "a.journey", "-data" }, here);
		assertEquals(List.of(Path.of("/work/maps/a.journey"), Path.of("/work/b.JOURNEY"), Path.of("/abs/c.journey")), files);
	}

	@Test
	void noArgumentsNoFiles() {
		assertEquals(List.of(), CommandLineFiles.in(new String[0], Path.of("/")));
	}
}
