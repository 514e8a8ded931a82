package carepath.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.Test;

import carepath.dsl.formatting.TextFormatter;
import carepath.ui.JourneyServices;
import carepath.ui.editor.FormatEdits.Edit;

/** The formatter's edits made small, and kept to the selected lines, without a workbench. */
class FormatEditsTest {

	@Test
	void reIndentingALineTakesAwayOnlyTheSpacesTooMany() {
		String text = "a {\n      b\n}\n";
		List<Edit> edits = FormatEdits.within(text, List.of(new Edit(3, 7, "\n  ")), 0, text.length());
		assertEquals(List.of(new Edit(6, 4, "")), edits);
		assertEquals("a {\n  b\n}\n", applied(text, edits));
	}

	@Test
	void anEditThatChangesNothingGoes() {
		String text = "a {\n  b\n}\n";
		assertEquals(List.of(), FormatEdits.within(text, List.of(new Edit(3, 3, "\n  ")), 0, text.length()));
	}

	@Test
	void blankLinesAndIndentationAreEditedApart() {
		String text = "}\n\n\n      s";
		List<Edit> edits = FormatEdits.within(text, List.of(new Edit(1, 9, "\n\n  ")), 0, text.length());
		assertEquals(List.of(new Edit(3, 1, ""), new Edit(6, 4, "")), edits);
		assertEquals("}\n\n  s", applied(text, edits));
	}

	@Test
	void theLinesAroundASelectionAreNotTouched() {
		String text = "}   \n\n\n      s t   \n\n\n   u";
		int from = text.indexOf("      s");
		int to = text.indexOf("t   ") + "t   ".length();
		List<Edit> formatter = List.of(new Edit(1, text.indexOf('s') - 1, "\n\n  "), new Edit(text.indexOf("s t") + 1, 1, "\n  "),
				new Edit(to - 3, text.length() - 1 - (to - 3), "\n\n"));
		List<Edit> edits = FormatEdits.within(text, formatter, from, to);
		// the first line re-indented, split where the formatter splits it, its trailing spaces gone;
		// the blank lines above and below, the spaces before them and the last line are as they were
		assertEquals("}   \n\n\n  s\n  t\n\n\n   u", applied(text, edits));
	}

	@Test
	void joiningASelectedLineToTheLineAboveIsLeftOut() {
		String text = "a\n  , b\n";
		List<Edit> formatter = List.of(new Edit(1, 3, ""));
		assertEquals(List.of(), FormatEdits.within(text, formatter, 2, 7));
		assertEquals(List.of(new Edit(1, 3, "")), FormatEdits.within(text, formatter, 0, 7));
	}

	@Test
	void anEditOfMoreThanWhitespaceIsKeptWholeButTrimmed() {
		String text = "/*\n   * a\n   */";
		List<Edit> edits = FormatEdits.within(text, List.of(new Edit(0, text.length(), "/*\n * a\n */")), 0, text.length());
		assertEquals("/*\n * a\n */", applied(text, edits));
		assertEquals(1, edits.size());
		assertEquals("/*\n ".length(), edits.get(0).offset(), "what starts the comment is kept");
	}

	@Test
	void theSmallEditsOfAMessyTextGiveTheFormattersText() {
		String messy = """
				persona messyPerson "P"   // the one the journey is about
				journey messyJourney {
				persona messyPerson
				      stage first   "First" {
				 step a    "A"


				        }
				  /* a comment
				     of two lines */
				  stage second "Second" { step b "B" }
				}
				""";
		assertSmallEditsGiveTheFormattersText("messy", messy);
	}

	/** Every example with its indentation scrambled and spaces left at line ends. */
	@Test
	void theSmallEditsOfEveryScrambledExampleGiveTheFormattersText() throws IOException {
		for (Path file : ExampleFiles.all()) {
			int[] line = { 0 };
			String scrambled = Files.readString(file).lines()
					.map(text -> " ".repeat(line[0]++ % 5) + text.strip() + (line[0] % 3 == 0 ? "  " : ""))
					.collect(Collectors.joining("\n", "", "\n"));
			assertSmallEditsGiveTheFormattersText(file.toString(), scrambled);
		}
	}

	private static void assertSmallEditsGiveTheFormattersText(String name, String text) {
		XtextResource resource = JourneyServices.newModelSet().add("f.journey", URI.createURI("memory:/f.journey"), text);
		assertEquals(List.of(), List.copyOf(resource.getErrors()), name + " parses");
		TextFormatter formatter = JourneyServices.injector().getInstance(TextFormatter.class);
		List<Edit> whole = new ArrayList<>();
		for (ITextReplacement replacement : formatter.replacements(resource, new TextRegion(0, text.length()))) {
			whole.add(new Edit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
		}
		List<Edit> small = FormatEdits.within(text, whole, 0, text.length());
		String formatted = formatter.format(resource);
		assertNotEquals(text, formatted, name + " needed formatting");
		assertEquals(formatted, applied(text, small), name);
		for (Edit edit : small) {
			assertTrue(text.substring(edit.offset(), edit.end()).isBlank() && edit.text().isBlank(),
					name + ": only whitespace changes, " + edit);
			String old = text.substring(edit.offset(), edit.end());
			if (!old.isEmpty() && !edit.text().isEmpty()) {
				assertNotEquals(old.charAt(0), edit.text().charAt(0), name + ": what an edit keeps at its start is left out, " + edit);
				assertNotEquals(old.charAt(old.length() - 1), edit.text().charAt(edit.text().length() - 1),
						name + ": what an edit keeps at its end is left out, " + edit);
			}
		}
	}

	/** The text with the edits made, from the last backwards as the editor makes them. */
	static String applied(String text, List<Edit> edits) {
		StringBuilder result = new StringBuilder(text);
		for (int i = edits.size() - 1; i >= 0; i--) {
			Edit edit = edits.get(i);
			if (i > 0) {
				assertTrue(edits.get(i - 1).end() <= edit.offset(), "in order, not overlapping: " + edits);
			}
			result.replace(edit.offset(), edit.end(), edit.text());
		}
		return result.toString();
	}
}
