package carepath.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/** Hover, go to definition, the outline and toggle comment in the journey editor. */
class EditorFeaturesTest {
	private static final Duration WAIT = Duration.ofSeconds(30);
	private JourneyEditor editor;
	private IDocument document;

	@BeforeEach
	void open() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		editor = (JourneyEditor) IDE.openEditor(Workbenches.page(), project.getFile("sam-challenges.journey"));
		document = editor.getDocument();
		Workbenches.waitUntil("the first snapshot", WAIT, () -> editor.latest() != null);
	}

	@AfterEach
	void close() {
		Workbenches.page().closeAllEditors(false);
	}

	@Test
	void hoverOverAServiceNameShowsTheService() {
		int gp = document.get().indexOf("at gp") + 3;
		String hover = new JourneyTextHover(editor::currentResource).getHoverInfo(editor.viewer(), new Region(gp, 0));
		assertNotNull(hover);
		assertTrue(hover.startsWith("service gp \"GP practice\""), hover);
		assertTrue(hover.contains("(system-map.journey)"), hover);
	}

	@Test
	void aNameLinksToWhereItsElementIsWrittenInAnotherFile() {
		int gp = document.get().indexOf("at gp") + 3;
		IHyperlink[] links = new JourneyHyperlinkDetector(editor::currentResource, new DefinitionOpener(editor))
				.detectHyperlinks(editor.viewer(), new Region(gp + 1, 0), false);
		assertNotNull(links);
		assertEquals(new Region(gp, 2), links[0].getHyperlinkRegion());
		links[0].open();
		IWorkbenchPage page = Workbenches.page();
		JourneyEditor opened = (JourneyEditor) page.getActiveEditor();
		assertEquals("system-map.journey", opened.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) opened.getSelectionProvider().getSelection();
		assertEquals("gp", selection.getText());
	}

	@Test
	void theOutlineListsTheJourneyAndFollowsTheCaret() {
		JourneyOutlinePage outline = (JourneyOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Workbenches.page().getWorkbenchWindow().getActivePage();
		try {
			Workbenches.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
		} catch (org.eclipse.ui.PartInitException e) {
			throw new AssertionError(e);
		}
		Workbenches.waitUntil("the outline shows the journey", WAIT, () -> !outline.nodes().isEmpty());
		OutlineNode journey = outline.nodes().get(0);
		assertEquals("journey samChallenges - Sam looks for help: the challenges", journey.label());
		OutlineNode stage = journey.children().get(0);
		assertTrue(stage.label().startsWith("stage seeking"), stage.label());
		OutlineNode step = stage.children().get(0);
		assertEquals(step, OutlineNode.at(outline.nodes(), step.offset() + 3), "the caret's line is the step's");
	}

	@Test
	void toggleCommentCommentsAndUncommentsTheSelectedLines() {
		String before = document.get();
		int line = before.indexOf("    step firstVisit");
		editor.select(line + 6, 20);
		new ToggleCommentAction(editor).run();
		assertTrue(document.get().contains("    // step firstVisit"), "commented after the indentation");
		editor.select(line + 6, 0);
		new ToggleCommentAction(editor).run();
		assertEquals(before, document.get(), "and back");
	}

	@Test
	void aKeywordUsedAsANameIsShownAsAName() {
		int stage = document.get().indexOf("stage waiting");
		int name = stage + "stage ".length();
		StyledText text = editor.viewer().getTextWidget();
		Workbenches.waitUntil("'waiting' is shown as a name", WAIT,
				() -> (text.getStyleRangeAtOffset(name).fontStyle & SWT.BOLD) == 0);
		assertTrue((text.getStyleRangeAtOffset(stage).fontStyle & SWT.BOLD) != 0, "'stage' is still a keyword");
		int pain = document.get().indexOf("pain waiting");
		assertTrue(pain > 0 && (text.getStyleRangeAtOffset(pain + "pain ".length()).fontStyle & SWT.BOLD) != 0,
				"where 'waiting' is the kind of a pain point it stays a keyword");
	}

	@Test
	void lineCommentsKeepIndentationAndLineEnds() {
		assertEquals("  // a\n\n  // b\n", LineComments.comment("  a\n\n  b\n"));
		assertEquals("  a\n\n  b\n", LineComments.uncomment("  // a\n\n  // b\n"));
		assertTrue(LineComments.allCommented("  // a\n\n//b"));
		assertEquals(List.of(false), List.of(LineComments.allCommented("  // a\n  b")));
	}
}
