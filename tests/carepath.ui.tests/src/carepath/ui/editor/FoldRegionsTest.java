package carepath.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.Position;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import carepath.ui.JourneyServices;
import carepath.ui.editor.TextBlocks.Lines;

/** The fold regions read from a parse, without a workbench. */
class FoldRegionsTest {

	@Test
	void blocksAndLongCommentsFoldAndOneLineBlocksDoNot() {
		String text = """
				/* two
				   lines */
				journey j {
				  stage s {
				    step a "A" // {
				  }
				  stage t { step b "B" }
				  /* one line */
				}
				""";
		assertEquals(List.of(lines(text, 0, 1), lines(text, 2, 8), lines(text, 3, 5)), regions(text));
	}

	@Test
	void anElementOverSeveralLinesWithoutABlockDoesNotFold() {
		String text = """
				persona p
				  "Written on the next line"
				journey j {
				  stage s { step a "A" {
				    gathers "one",
				      "two"
				  } }
				}
				""";
		// the journey, and once the stage and its step, whose blocks share their lines; neither the persona nor `gathers`
		assertEquals(List.of(lines(text, 2, 7), lines(text, 3, 6)), regions(text));
	}

	@Test
	void aRegionEndsWithItsLastLineWhateverTheLineBreaks() {
		String crlf = "journey j {\r\n  stage s {\r\n  }\r\n}\r\n";
		assertEquals(List.of(new Position(0, crlf.length()), new Position(13, 18)), regions(crlf));
		String noBreakAtTheEnd = "journey j {\n}";
		assertEquals(List.of(new Position(0, noBreakAtTheEnd.length())), regions(noBreakAtTheEnd));
	}

	@Test
	void wholeLinesOfOneLineAreNothing() {
		assertNull(FoldRegions.wholeLines("a\n  b { c }\n", 4, 11));
		assertEquals(new Position(2, 12), FoldRegions.wholeLines("a\n  b {\n  c }\nd", 4, 13));
	}

	/** Every block of every example, as its braces say, and no more. */
	@Test
	void everyMultiLineBlockOfTheExamplesFolds() throws IOException {
		for (Path file : ExampleFiles.all()) {
			String text = Files.readString(file);
			Set<Lines> folded = new TreeSet<>();
			regions(text).forEach(region -> folded.add(TextBlocks.linesOf(text, region)));
			assertEquals(TextBlocks.multiLine(text), folded, file.toString());
		}
	}

	private static List<Position> regions(String text) {
		XtextResource resource = JourneyServices.newModelSet().add("t.journey", URI.createURI("memory:/t.journey"), text);
		assertEquals(List.of(), List.copyOf(resource.getErrors()), "the text parses");
		return FoldRegions.of(resource, text);
	}

	/** The region of lines {@code first} to {@code last} (from 0) of a text with '\n' line breaks. */
	static Position lines(String text, int first, int last) {
		List<String> lines = text.lines().toList();
		int start = 0;
		for (int i = 0; i < first; i++) {
			start += lines.get(i).length() + 1;
		}
		int end = start;
		for (int i = first; i <= last; i++) {
			end += lines.get(i).length() + 1;
		}
		return new Position(start, end - start);
	}
}
