package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import carepath.dsl.formatting.TextFormatter;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.Model;

/**
 * On the whole corpus (examples and the language sample): formatting is idempotent, keeps the
 * model and every comment; serializing a model built without any text parses back to an equal model.
 */
class RoundTripTest {
	private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	static Stream<Path> corpus() {
		return TestModels.corpus().stream();
	}

	/** The file parsed alone (cross-file names stay unresolved proxies, which compare by URI). */
	private static XtextResource parse(String text) {
		ModelSet set = JourneyLanguage.newModelSet();
		XtextResource resource = set.add("file.journey", URI.createFileURI("/corpus/file.journey"), text);
		assertEquals(List.of(), resource.getErrors(), "syntax errors");
		return resource;
	}

	private static String format(String text) {
		return JourneyLanguage.injector().getInstance(TextFormatter.class).format(parse(text));
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void formattingIsIdempotentAndKeepsTheModel(Path file) {
		String original = TestModels.read(file);
		String formatted = format(original);
		assertEquals(formatted, format(formatted), "formatting twice changes the text");
		assertTrue(EcoreUtil.equals(parse(original).getContents().get(0), parse(formatted).getContents().get(0)),
				"formatting changed the model");
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void formattingKeepsEveryComment(Path file) {
		String original = TestModels.read(file);
		assertEquals(comments(original), comments(format(original)));
	}

	@Test
	void formattingLaysOutBlocksOnePropertyPerLine() {
		String messy = "need a \"A\"   need b\n\n\n\npersona p { needs a ,b  trait age \"45\" }\n"
				+ "ecosystem e { service s { setting home,community } }\n"
				+ "journey j { persona p ecosystem e stage s1 { decision  step x { at s via phone // how\n"
				+ " person feels  -1 \"Hm\" waits 2 weeks } } }";
		assertEquals("""
				need a "A"
				need b

				persona p {
				  needs a, b
				  trait age "45"
				}
				ecosystem e {
				  service s {
				    setting home, community
				  }
				}
				journey j {
				  persona p
				  ecosystem e
				  stage s1 {
				    decision step x {
				      at s via phone // how
				      person feels -1 "Hm"
				      waits 2 weeks
				    }
				  }
				}
				""", format(messy));
	}

	@Test
	void serializedExamplesParseToEqualModels() throws Exception {
		ModelSet set = JourneyLanguage.newModelSet().load(List.of(TestModels.examples()));
		assertSerializesFaithfully(set);
	}

	@Test
	void serializedLanguageSampleParsesToAnEqualModel() throws Exception {
		assertSerializesFaithfully(JourneyLanguage.newModelSet().load(List.of(TestModels.languageSample())));
	}

	/**
	 * Each file's model is copied (a copy has no node model, so the serializer writes every token
	 * itself), serialized, and parsed again beside the originals, where its cross-file names resolve.
	 */
	private static void assertSerializesFaithfully(ModelSet set) {
		assertEquals(List.of(), TestModels.languageProblems(set));
		ISerializer serializer = JourneyLanguage.injector().getInstance(ISerializer.class);
		List<Model> originals = set.models();
		for (int i = 0; i < originals.size(); i++) {
			Model copy = EcoreUtil.copy(originals.get(i));
			set.resourceSet().createResource(URI.createFileURI("/copies/copy" + i + ".journey")).getContents().add(copy);
			String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
			XtextResource reparsed = set.add("reparsed" + i, URI.createFileURI("/copies/reparsed" + i + ".journey"), text);
			assertEquals(List.of(), reparsed.getErrors(), text);
			EcoreUtil.resolveAll(reparsed);
			assertTrue(EcoreUtil.equals(copy, reparsed.getContents().get(0)), "serialized text means something else:\n" + text);
		}
	}

	private static List<String> comments(String text) {
		// strings may contain // (addresses in prose): drop them first
		Matcher matcher = COMMENT.matcher(text.replaceAll("\"(\\\\.|[^\"\\\\\\n])*\"", "\"\""));
		List<String> comments = new ArrayList<>();
		while (matcher.find()) {
			comments.add(matcher.group().strip());
		}
		return comments;
	}
}
