package carepath.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TypedRegion;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/**
 * A keystroke recolours only what it can change; the parse's highlights (names, references by
 * kind) lie over the lexer's colours and move with the text.
 */
class ColouringTest {
	private static final String TEXT = """
			journey j {
			  stage s {
			    step a "first"
			    step b "second"
			  }
			}
			""";

	@Test
	void anEditInsideAStringRecoloursItsLineOnly() throws BadLocationException {
		IDocument document = new Document(TEXT);
		int offset = TEXT.indexOf("first") + 2;
		IRegion damage = damageOf(document, offset, 0, "r");
		int line = document.getLineOfOffset(offset);
		assertEquals(new Region(document.getLineOffset(line), document.getLineLength(line)), damage);
	}

	@Test
	void anEditThatMayOpenOrCloseACommentRecoloursEverything() throws BadLocationException {
		IDocument document = new Document(TEXT);
		assertEquals(new Region(0, TEXT.length() + 1), damageOf(document, TEXT.indexOf("step a"), 0, "/"));
		IDocument deleting = new Document("/* a */\n" + TEXT);
		assertEquals(new Region(0, TEXT.length() + 8 - 1), damageOf(deleting, 6, 1, ""), "taking a '/' away");
	}

	@Test
	void anEditInsideACommentOfManyLinesRecoloursEverything() throws BadLocationException {
		String text = "/* a comment\n   of two lines */\n" + TEXT;
		IDocument document = new Document(text);
		assertEquals(new Region(0, text.length() + 1), damageOf(document, text.indexOf("two"), 0, "x"), "inside it");
		IDocument after = new Document("/* a comment\n" + TEXT);
		assertTrue(damageOf(after, ("/* a comment\n" + TEXT).indexOf("first"), 0, "x").getOffset() == 0, "below an open one");
	}

	@Test
	void aKeywordUsedAsANameStaysANameAfterEditsAroundIt() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		JourneyEditor editor = (JourneyEditor) IDE.openEditor(Workbenches.page(), project.getFile("sam-challenges.journey"));
		try {
			IDocument document = editor.getDocument();
			StyledText text = editor.viewer().getTextWidget();
			Workbenches.waitUntil("'waiting' is shown as a name", Duration.ofSeconds(30), () -> !bold(text, nameOffset(document)));

			document.replace(document.get().indexOf('"') + 1, 0, "x"); // a line above it
			Workbenches.waitUntil("the edit is checked", Duration.ofSeconds(30), () -> editor.latest().text().equals(document.get()));
			Workbenches.idle(Duration.ofMillis(100));
			assertTrue(!bold(text, nameOffset(document)), "still a name after an edit above it");

			int stageLine = document.getLineOfOffset(nameOffset(document));
			int lineEnd = document.getLineOffset(stageLine) + document.getLineLength(stageLine) - 1;
			document.replace(lineEnd, 0, " ");
			Workbenches.waitUntil("a name again once its own line is checked", Duration.ofSeconds(30),
					() -> editor.latest().text().equals(document.get()) && !bold(text, nameOffset(document)));
			assertTrue(bold(text, nameOffset(document) - "stage ".length()), "'stage' is a keyword");
		} finally {
			Workbenches.page().closeAllEditors(false);
		}
	}

	@Test
	void referencesTakeTheColourOfWhatTheyNameAndKeepItWhileTheirLineIsTyped() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		JourneyEditor editor = (JourneyEditor) IDE.openEditor(Workbenches.page(), project.getFile("sam-challenges.journey"));
		try {
			IDocument document = editor.getDocument();
			StyledText text = editor.viewer().getTextWidget();
			int service = document.get().indexOf("at gp via") + "at ".length();
			int system = document.get().indexOf("in emis") + "in ".length();
			int persona = document.get().indexOf("persona sam") + "persona ".length();
			Workbenches.waitUntil("references are coloured", Duration.ofSeconds(30), () -> coloured(text, service));
			assertTrue(coloured(text, system) && coloured(text, persona), "IT systems and personas too");
			assertNotEquals(text.getStyleRangeAtOffset(service).foreground.getRGB(), text.getStyleRangeAtOffset(system).foreground.getRGB(),
					"a service and an IT system differ");
			assertTrue(!coloured(text, document.get().indexOf("firstVisit")), "a declared name is plain");

			document.replace(service - "at ".length(), 0, " "); // the line is recoloured by the lexer at once
			assertTrue(coloured(text, service + 1), "the reference keeps its colour before the text is checked again");
		} finally {
			Workbenches.page().closeAllEditors(false);
		}
	}

	private static boolean coloured(StyledText text, int offset) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range != null && range.foreground != null && (range.fontStyle & SWT.BOLD) == 0;
	}

	private static int nameOffset(IDocument document) {
		return document.get().indexOf("stage waiting") + "stage ".length();
	}

	private static boolean bold(StyledText text, int offset) {
		return (text.getStyleRangeAtOffset(offset).fontStyle & SWT.BOLD) != 0;
	}

	/** The region the damager gives for this edit, made as an editor would make it. */
	private static IRegion damageOf(IDocument document, int offset, int length, String text) throws BadLocationException {
		EditedLinesDamager damager = new EditedLinesDamager();
		damager.setDocument(document);
		document.replace(offset, length, text);
		return damager.getDamageRegion(new TypedRegion(0, document.getLength(), IDocument.DEFAULT_CONTENT_TYPE),
				new DocumentEvent(document, offset, length, text), false);
	}
}
