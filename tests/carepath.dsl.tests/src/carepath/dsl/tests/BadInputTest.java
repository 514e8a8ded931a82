package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.LoadException;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;

/** Broken files give located problems, never exceptions; odd but valid encodings parse cleanly. */
class BadInputTest {

	static Stream<Arguments> brokenFiles() {
		List<Arguments> cases = new ArrayList<>();
		for (Path file : TestModels.corpus()) {
			String text = TestModels.read(file);
			String name = file.getFileName().toString();
			int lastBrace = text.lastIndexOf('}');
			if (lastBrace > 0) {
				cases.add(Arguments.of(name + " cut before its last brace", text.substring(0, lastBrace)));
			}
			cases.add(Arguments.of(name + " cut inside its first string", text.substring(0, text.indexOf('"') + 3)));
		}
		cases.add(Arguments.of("unclosed string", "need a \"Mental health\nneed b"));
		cases.add(Arguments.of("unclosed brace", "ecosystem e { service a {"));
		cases.add(Arguments.of("stray closing brace", "need a }"));
		cases.add(Arguments.of("control characters", "need a \u0000\u0001\u0002\u0007 \u001b[31m"));
		cases.add(Arguments.of("random binary as text", randomText(4096, 7)));
		cases.add(Arguments.of("1,000-deep braces", "{".repeat(1000) + "}".repeat(1000)));
		cases.add(Arguments.of("1,000-deep services", "ecosystem e {" + "service s {".repeat(1000) + "}".repeat(1001)));
		cases.add(Arguments.of("number too large", "persona p\njourney j { persona p stage s { step a { waits 99999999999 days } } }"));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFiles")
	void brokenFileGivesLocatedProblems(String label, String text) {
		List<Problem> problems = TestModels.of(text).validate();
		assertFalse(problems.isEmpty(), "no problem reported");
		for (Problem problem : problems) {
			assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.toString());
			assertFalse(problem.message().isBlank(), problem.toString());
			assertFalse(problem.message().contains("\n"), "messages are one line: " + problem);
		}
	}

	@Test
	void tenMegabytesOfProse() {
		String prose = "the person waits and waits for a letter that never comes ";
		String text = prose.repeat(10 * 1024 * 1024 / prose.length() + 1);
		List<Problem> problems = TestModels.of(text).validate();
		assertFalse(problems.isEmpty());
		assertEquals(1, problems.get(0).line());
	}

	@Test
	void tenMegabytesOfModel() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; text.length() < 10 * 1024 * 1024; i++) {
			text.append("need n").append(i).append(" \"A need described at some length, number ").append(i).append("\"\n");
		}
		text.append("need broken \"");
		List<Problem> problems = TestModels.of(text.toString()).validate();
		assertEquals(1, problems.size(), problems.toString());
		assertEquals("syntax-error", problems.get(0).code());
	}

	@Test
	void emptyFileIsAnEmptyModel() {
		assertEquals(List.of(), TestModels.of("").validate());
		assertEquals(List.of(), TestModels.of("  \n// nothing yet\n").validate());
	}

	@Test
	void byteOrderMarkIsIgnored(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("bom.journey");
		Files.write(file, ("\uFEFFneed a \"Ä\"\n").getBytes(StandardCharsets.UTF_8));
		ModelSet set = JourneyLanguage.newModelSet().load(List.of(file));
		assertEquals(List.of(), TestModels.languageProblems(set));
		assertEquals("Ä", ((carepath.model.Need) set.models().get(0).getElements().get(0)).getTitle());
	}

	@Test
	void windowsLineEndingsKeepLineNumbers() {
		List<Problem> problems = TestModels.of("need a\r\nneed b\r\nneed a\r\n").validate();
		assertEquals(1, problems.size());
		assertEquals(3, problems.get(0).line());
		assertEquals(6, problems.get(0).column());
	}

	@Test
	void notUtf8IsRefusedWithItsLine(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("latin1.journey");
		Files.write(file, "need a\nneed b \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
		LoadException failure = assertThrows(LoadException.class,
				() -> JourneyLanguage.newModelSet().load(List.of(file)));
		assertEquals(file + ":2: not UTF-8 text; save the file as UTF-8", failure.getMessage());
	}

	@Test
	void missingPathIsRefused(@TempDir Path folder) {
		Path missing = folder.resolve("nowhere.journey");
		LoadException failure = assertThrows(LoadException.class,
				() -> JourneyLanguage.newModelSet().load(List.of(missing)));
		assertEquals(missing + ": no such file or folder", failure.getMessage());
	}

	private static String randomText(int length, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			int codePoint = random.nextInt(0x3000);
			if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
				text.appendCodePoint(codePoint);
			}
		}
		return text.toString();
	}
}
