package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `carepath rename`: every file that refers to the element is rewritten in place, comments kept; a refused or unclean rename writes nothing. */
class RenameCommandTest {
	private static final String MAP = "ecosystem e {\n  service gp \"GP\" // first\n  service cafe\n  referral gp -> cafe\n}\n";
	private static final String JOURNEY = "persona p\njourney j {\n  persona p\n  ecosystem e\n  stage s { step a { at gp } } // gp again\n}\n";

	@Test
	void renamesInEveryFile(@TempDir Path folder) throws Exception {
		Path map = Files.writeString(folder.resolve("map.journey"), MAP);
		Path journey = Files.writeString(folder.resolve("day.journey"), JOURNEY);
		CliRun run = CliRun.of("rename", "gp", "practice", folder.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("Renamed gp to practice: 3 places in 2 files.\n", run.err());
		assertEquals(MAP.replace("service gp", "service practice").replace("referral gp", "referral practice"), Files.readString(map));
		assertEquals(JOURNEY.replace("at gp", "at practice"), Files.readString(journey));
	}

	@Test
	void aRefusedRenameWritesNothing(@TempDir Path folder) throws Exception {
		Path map = Files.writeString(folder.resolve("map.journey"), MAP);
		CliRun run = CliRun.of("rename", "gp", "cafe", folder.toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().startsWith("carepath: not renamed: renaming gp to cafe would give an error: "), run.err());
		assertEquals(MAP, Files.readString(map));
	}

	@Test
	void filesThatDoNotCheckCleanAreNotWritten(@TempDir Path folder) throws Exception {
		String broken = MAP + "persona q { needs missing }\n";
		Path map = Files.writeString(folder.resolve("map.journey"), broken);
		CliRun run = CliRun.of("rename", "gp", "practice", folder.toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().startsWith("carepath: not renamed: the files would not check clean; nothing was written:\n  "), run.err());
		assertEquals(broken, Files.readString(map));
	}
}
