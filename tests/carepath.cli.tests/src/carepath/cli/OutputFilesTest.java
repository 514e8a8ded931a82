package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `render` and `report` write stays in the output folder: a link there is replaced, never
 * followed; no two outputs share a name (a map named "index" keeps its page); every file is moved
 * into place whole, leaving no temporary file behind.
 */
class OutputFilesTest {
	private static final String MAP = "ecosystem index \"Index\" {\n  service a \"A\"\n}\njourney j \"J\" {\n  persona p\n}\npersona p\n";

	@Test
	void aLinkInTheOutputFolderIsReplacedNotFollowed(@TempDir Path folder) throws Exception {
		Path model = Files.writeString(folder.resolve("m.journey"), MAP);
		Path elsewhere = Files.writeString(folder.resolve("precious.txt"), "mine");
		Path out = Files.createDirectories(folder.resolve("out"));
		Path link = Files.createSymbolicLink(out.resolve("index.system.svg"), elsewhere);
		CliRun run = CliRun.of("render", model.toString(), "--view", "system", "-o", out.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("mine", Files.readString(elsewhere));
		assertFalse(Files.isSymbolicLink(link), "the link was replaced by the drawing");
		assertTrue(Files.readString(link).startsWith("<?xml") || Files.readString(link).startsWith("<svg"));
	}

	@Test
	void aMapNamedIndexKeepsItsPage(@TempDir Path folder) throws Exception {
		Path model = Files.writeString(folder.resolve("m.journey"), MAP);
		Path out = folder.resolve("pack");
		CliRun run = CliRun.of("report", model.toString(), "-o", out.toString());
		assertEquals(0, run.exit(), run.err());
		List<String> names = run.outLines().stream().map(line -> Path.of(line).getFileName().toString()).sorted().toList();
		assertEquals(List.of("index-map.html", "index.html", "j.html"), names);
		assertEquals("3 files written to " + out + ".\n", run.err());
		assertTrue(Files.readString(out.resolve("index.html")).contains("href=\"index-map.html\""));
		assertTrue(Files.readString(out.resolve("index-map.html")).contains("Index"));
	}

	@Test
	void noTemporaryFileIsLeft(@TempDir Path folder) throws Exception {
		Path model = Files.writeString(folder.resolve("m.journey"), MAP);
		Path out = folder.resolve("pack");
		assertEquals(0, CliRun.of("report", model.toString(), "-o", out.toString()).exit());
		assertEquals(0, CliRun.of("report", model.toString(), "-o", out.toString()).exit());
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("index-map.html", "index.html", "j.html"),
					files.map(file -> file.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void filesGetTheUsualPermissionsOrKeepTheirs(@TempDir Path folder) throws Exception {
		Path fresh = folder.resolve("fresh.txt");
		AtomicWrite.write(fresh, "one".getBytes());
		Path probe = Files.createFile(folder.resolve("probe.txt"));
		assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(fresh), "as a new file gets them");
		Path kept = Files.writeString(folder.resolve("kept.txt"), "old");
		Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
		AtomicWrite.write(kept, "new".getBytes());
		assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
		assertEquals("new", Files.readString(kept));
	}

	@Test
	void theSameNameTwiceInOneRunGetsANumber(@TempDir Path folder) throws Exception {
		Path out = folder.resolve("out");
		java.io.StringWriter listed = new java.io.StringWriter();
		OutputFolder output = new OutputFolder(out, new java.io.PrintWriter(listed), new java.io.PrintWriter(new java.io.StringWriter()));
		output.write("sam.journey.svg", "one".getBytes());
		output.write("Sam.journey.svg", "two".getBytes());
		assertEquals("one", Files.readString(out.resolve("sam.journey.svg")));
		assertEquals("two", Files.readString(out.resolve("Sam-2.journey.svg")));
	}
}
