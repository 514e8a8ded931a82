package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `carepath format`: the language's layout in place, comments kept; --check lists and exits 1
 * without writing; a file with a syntax error is left alone; formatted files are not touched.
 */
class FormatCommandTest {
	private static final String MESSY = "// the map\necosystem e \"E\" {   service a \"A\" { provides \"Tea\" } // first\n"
			+ "service b }\n";

	@Test
	void formatsInPlaceAndKeepsComments(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("m.journey"), MESSY);
		CliRun run = CliRun.of("format", folder.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(file + "\n", run.out());
		String formatted = Files.readString(file);
		assertTrue(formatted.contains("// the map") && formatted.contains("// first"), formatted);
		assertTrue(formatted.contains("\n  service a \"A\" {\n    provides \"Tea\"\n  }"), formatted);
		assertEquals(MESSY.replaceAll("\\s+", ""), formatted.replaceAll("\\s+", ""), "only white space changed");
		CliRun again = CliRun.of("format", "--check", file.toString());
		assertEquals(0, again.exit(), again.err());
		assertEquals("", again.out());
	}

	@Test
	void checkListsWithoutWriting(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("m.journey"), MESSY);
		CliRun run = CliRun.of("format", "--check", file.toString());
		assertEquals(1, run.exit());
		assertEquals(file + "\n", run.out());
		assertEquals("1 file not formatted, 0 of 1 unchanged.\n", run.err());
		assertEquals(MESSY, Files.readString(file));
	}

	@Test
	void aFileWithASyntaxErrorIsLeftAlone(@TempDir Path folder) throws Exception {
		String broken = "ecosystem e {   service a \"A\n";
		Path file = Files.writeString(folder.resolve("m.journey"), broken);
		CliRun run = CliRun.of("format", file.toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().startsWith(file + ":1:"), run.err());
		assertTrue(run.err().contains("(not formatted)"), run.err());
		assertEquals(broken, Files.readString(file));
	}

	@Test
	void aByteOrderMarkIsKept(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("m.journey");
		Files.write(file, ("\uFEFF" + MESSY).getBytes(StandardCharsets.UTF_8));
		assertEquals(0, CliRun.of("format", file.toString()).exit());
		byte[] bytes = Files.readAllBytes(file);
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, java.util.Arrays.copyOf(bytes, 3));
	}
}
