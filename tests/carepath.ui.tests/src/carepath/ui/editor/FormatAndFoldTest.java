package carepath.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import carepath.dsl.formatting.TextFormatter;
import carepath.ui.JourneyServices;
import carepath.ui.Workbenches;

/** Format (Ctrl+Shift+F) and folding in the journey editor. */
class FormatAndFoldTest {
	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final String MESSY = """
			persona messyPerson "P"
			journey messyJourney {
			persona messyPerson
			      stage first   "First" {
			 step a    "A"
			        }
			  stage second "Second" {
			step b "B"
			}
			}
			""";

	@AfterEach
	void close() {
		Workbenches.page().closeAllEditors(false);
	}

	@Test
	void formatLaysOutTheWholeTextAsTheFormatterDoesAndOneUndoTakesItBack() throws Exception {
		JourneyEditor editor = open("messy.journey", MESSY);
		IDocument document = editor.getDocument();
		editor.select(0, 0);
		editor.getAction(FormatAction.COMMAND).run();
		assertEquals(formatted(MESSY), document.get());
		assertNotEquals(MESSY, document.get());
		editor.getAction(ITextEditorActionConstants.UNDO).run();
		assertEquals(MESSY, document.get(), "one undo");
	}

	@Test
	void formatLeavesATextWithASyntaxErrorAsItIs() throws Exception {
		String broken = MESSY.replace("stage second \"Second\" {", "stage second \"Second\" {{");
		JourneyEditor editor = open("broken.journey", broken);
		editor.select(0, 0);
		editor.getAction(FormatAction.COMMAND).run();
		assertEquals(broken, editor.getDocument().get());
	}

	@Test
	void formatWithASelectionChangesOnlyThoseLines() throws Exception {
		JourneyEditor editor = open("selected.journey", MESSY);
		IDocument document = editor.getDocument();
		int firstStage = MESSY.indexOf("      stage first");
		int endOfFirstStage = MESSY.indexOf("        }") + "        }".length();
		editor.select(firstStage, endOfFirstStage - firstStage);
		editor.getAction(FormatAction.COMMAND).run();
		String after = document.get();
		assertTrue(after.startsWith(MESSY.substring(0, firstStage)), "the lines before are as they were:\n" + after);
		assertTrue(after.endsWith(MESSY.substring(MESSY.indexOf("  stage second"))), "the lines after are as they were:\n" + after);
		assertTrue(after.contains("\n  stage first \"First\" {\n    step a \"A\"\n  }\n"), after);
	}

	@Test
	void blocksAndLongCommentsFoldAndOneLineBlocksDoNot() {
		String text = """
				/* two
				   lines */
				journey j {
				  stage s {
				    step a "A"
				  }
				  stage t { step b "B" }
				}
				""";
		XtextResource resource = JourneyServices.newModelSet().add("t.journey", URI.createURI("memory:/t.journey"), text);
		List<Position> regions = FoldRegions.of(resource, text);
		assertEquals(List.of(lines(text, 0, 1), lines(text, 2, 7), lines(text, 3, 5)), regions);
	}

	@Test
	void everyBlockOfAnExampleFoldsAndAFoldedOneStaysFoldedWhileTheTextChanges() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		JourneyEditor editor = (JourneyEditor) IDE.openEditor(Workbenches.page(), project.getFile("sam-challenges.journey"));
		IDocument document = editor.getDocument();
		ProjectionAnnotationModel model = ((ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
		long blocks = document.get().lines().filter(line -> line.replaceAll("//.*", "").stripTrailing().endsWith("{")).count();
		Workbenches.waitUntil("folds", WAIT, () -> !annotations(model).isEmpty());
		Workbenches.idle(Duration.ofMillis(200));
		assertEquals(blocks, annotations(model).size(), () -> "a fold for each block; folds start at lines "
				+ annotations(model).stream().map(a -> lineOf(document, model.getPosition(a).getOffset()).strip()).toList());

		ProjectionAnnotation stage = annotations(model).stream()
				.filter(a -> lineOf(document, model.getPosition(a).getOffset()).strip().startsWith("stage ")).findFirst().orElseThrow();
		model.collapse(stage);
		int lastQuote = document.get().lastIndexOf('"');
		document.replace(lastQuote, 0, " (edited)");
		Workbenches.waitUntil("the edit is checked", WAIT, () -> editor.latest().text().equals(document.get()));
		Workbenches.idle(Duration.ofMillis(100));
		assertSame(stage, annotations(model).stream().filter(a -> a == stage).findFirst().orElse(null), "the same fold");
		assertTrue(stage.isCollapsed(), "still folded");

		int firstStage = document.get().indexOf("\n  stage ");
		document.replace(firstStage, 0, "\n  stage extra \"Extra\" {\n    step extraStep \"X\"\n  }");
		Workbenches.waitUntil("a fold for the new stage", WAIT, () -> annotations(model).size() == blocks + 1);
		assertTrue(stage.isCollapsed(), "the folded stage is still folded");
	}

	/** Opens a file of its own project, so the example projects other tests use stay as they are. */
	private static JourneyEditor open(String name, String text) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("formatting");
		if (!project.exists()) {
			project.create(null);
			project.open(null);
		}
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
		} else {
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		return (JourneyEditor) IDE.openEditor(Workbenches.page(), file);
	}

	private static String formatted(String text) {
		XtextResource resource = JourneyServices.newModelSet().add("f.journey", URI.createURI("memory:/f.journey"), text);
		return JourneyServices.injector().getInstance(TextFormatter.class).format(resource);
	}

	private static Position lines(String text, int first, int last) {
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

	private static List<ProjectionAnnotation> annotations(ProjectionAnnotationModel model) {
		List<ProjectionAnnotation> found = new ArrayList<>();
		for (Iterator<Annotation> all = model.getAnnotationIterator(); all.hasNext();) {
			if (all.next() instanceof ProjectionAnnotation annotation) {
				found.add(annotation);
			}
		}
		return found;
	}

	private static String lineOf(IDocument document, int offset) {
		try {
			int line = document.getLineOfOffset(offset);
			return document.get(document.getLineOffset(line), document.getLineLength(line));
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new AssertionError(e);
		}
	}
}
