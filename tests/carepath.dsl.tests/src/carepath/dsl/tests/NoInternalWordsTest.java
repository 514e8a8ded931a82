package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import carepath.dsl.load.Problem;

/**
 * No message of the language reaches a person in the words of its machinery: not ANTLR's token
 * names, not Xtext's value converters, not Java. Fed the broken files of {@link BadInputTest},
 * the committed fuzzing corpus and a list of the mistakes people make.
 */
class NoInternalWordsTest {
	private static final Pattern INTERNAL = Pattern.compile(
			"RULE_|ValueConverter|primitive feature|\\bEOF\\b|mismatched|viable|extraneous|\\bnull\\b|Exception|java\\.|org\\.|\\bset\\b");

	private static final List<String> MISTAKES = List.of("pain wait", "waits 3 wks", "waits 2-3 weeks", "waits 1.5 weeks",
			"person feels \"sad\"", "person feels", "via", "via phnoe", "at", "waits", "waits weeks", "pain", "good", "by",
			"gathers", "gathers \"a\" in", "person feels 3 \"x\"", "person feels - \"x\"", "person feels +", "declined declined");

	@Test
	void noMessageSpeaksTheParsersLanguage() {
		List<String> texts = new ArrayList<>();
		BadInputTest.brokenFiles().map(Arguments::get).forEach(arguments -> texts.add((String) arguments[1]));
		for (String mistake : MISTAKES) {
			texts.add("persona p\njourney j { persona p stage s { step one \"One\" { " + mistake + " } } }\n");
		}
		texts.add("ecosystem e { service a-and-e \"A\" service b { setting school sector nhs } referral e.a -> b }");
		texts.add("persona p { trait \"age\" \"40\" needs }");
		try (Stream<Path> corpus = Files.list(Path.of("../fuzz/corpus/ParseFuzzer"))) {
			corpus.sorted().forEach(file -> texts.add(new String(read(file), StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int messages = 0;
		for (String text : texts) {
			for (Problem problem : TestModels.languageProblems(TestModels.of(text))) {
				assertFalse(INTERNAL.matcher(problem.message()).find(), problem.message());
				messages++;
			}
		}
		assertTrue(messages > 100, messages + " messages read");
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
