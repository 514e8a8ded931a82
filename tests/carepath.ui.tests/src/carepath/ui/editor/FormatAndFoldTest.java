package carepath.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
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
import carepath.ui.editor.TextBlocks.Lines;

/** Format (Ctrl+Shift+F) and folding in the journey editor. */
class FormatAndFoldTest {
	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final String MESSY = """
			persona messyPerson "P"   // the person the journey is about
			journey messyJourney {
			persona messyPerson
			      stage first   "First" {
			 step a    "A"
			        }
			  /* the second stage
			         comes last */
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
		assertTrue(document.get().contains("// the person the journey is about")
				&& document.get().contains("/* the second stage"), "comments stay");
		editor.getAction(ITextEditorActionConstants.UNDO).run();
		assertEquals(MESSY, document.get(), "one undo");
	}

	@Test
	void theCaretStaysOnItsWordWhenTheTextAroundItIsFormatted() throws Exception {
		JourneyEditor editor = open("caret.journey", MESSY);
		int inB = MESSY.indexOf("step b") + "step ".length();
		editor.select(inB, 0);
		editor.getAction(FormatAction.COMMAND).run();
		int caret = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		assertEquals(editor.getDocument().get().indexOf("step b") + "step ".length(), caret);
	}

	@Test
	void formatLeavesATextWithASyntaxErrorAsItIs() throws Exception {
		String broken = MESSY.replace("stage second \"Second\" {", "stage second \"Second\" {{");
		JourneyEditor editor = open("broken.journey", broken);
		editor.select(0, 0);
		editor.getAction(FormatAction.COMMAND).run();
		assertEquals(broken, editor.getDocument().get());
		assertFalse(editor.isDirty(), "not even an empty change to undo");
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
		assertTrue(after.endsWith(MESSY.substring(MESSY.indexOf("  /* the second"))),
				"the lines after are as they were:\n" + after);
		assertTrue(after.contains("\n  stage first \"First\" {\n    step a \"A\"\n  }\n"), after);
	}

	@Test
	void theFirstSelectedLineIsIndentedEvenBelowABlankLineWhichStays() throws Exception {
		String text = """
				journey j {
				  stage first "First" {
				    step a "A"
				  }


				      stage second   "Second" {
				 step b    "B"
				        }
				}
				""";
		JourneyEditor editor = open("blank.journey", text);
		int from = text.indexOf("      stage second");
		int to = text.indexOf("        }\n}") + "        }".length();
		editor.select(from + 8, to - from - 10); // a selection that starts and ends inside its lines
		editor.getAction(FormatAction.COMMAND).run();
		assertEquals(text.substring(0, from) + "  stage second \"Second\" {\n    step b \"B\"\n  }" + text.substring(to),
				editor.getDocument().get());
	}

	@Test
	void everyBlockOfAnExampleFoldsAndAFoldedOneStaysFoldedWhileTheTextChanges() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		JourneyEditor editor = (JourneyEditor) IDE.openEditor(Workbenches.page(), project.getFile("sam-challenges.journey"));
		IDocument document = editor.getDocument();
		ProjectionAnnotationModel model = editor.getAdapter(ProjectionAnnotationModel.class);
		assertNotNull(model, "the editor folds");
		Set<Lines> blocks = TextBlocks.multiLine(document.get());
		Workbenches.waitUntil("a fold for each block of several lines", WAIT,
				() -> foldedLines(model, document).equals(blocks));

		ProjectionAnnotation stage = annotations(model).stream()
				.filter(a -> lineOf(document, model.getPosition(a).getOffset()).strip().startsWith("stage ")).findFirst()
				.orElseThrow();
		model.collapse(stage);
		int lastQuote = document.get().lastIndexOf('"');
		document.replace(lastQuote, 0, " (edited)");
		Workbenches.waitUntil("the edit is checked", WAIT, () -> editor.latest().text().equals(document.get()));
		Workbenches.idle(Duration.ofMillis(100));
		assertSame(stage, annotations(model).stream().filter(a -> a == stage).findFirst().orElse(null), "the same fold");
		assertTrue(stage.isCollapsed(), "still folded");
		assertEquals(blocks, foldedLines(model, document), "the edit made no block nor took one away");

		int firstStage = document.get().indexOf("\n  stage ");
		document.replace(firstStage, 0, "\n  stage extra \"Extra\" {\n    step extraStep \"X\"\n  }");
		int extraLine = document.getLineOfOffset(document.get().indexOf("stage extra"));
		Workbenches.waitUntil("a fold for the new stage", WAIT,
				() -> foldedLines(model, document).contains(new Lines(extraLine, extraLine + 2)));
		assertEquals(TextBlocks.multiLine(document.get()), foldedLines(model, document));
		assertEquals(blocks.size() + 1, annotations(model).size());
		assertTrue(stage.isCollapsed(), "the folded stage is still folded");
	}

	@Test
	void aTextThatDoesNotParseKeepsItsFolds() throws Exception {
		JourneyEditor editor = open("folds.journey", MESSY);
		IDocument document = editor.getDocument();
		ProjectionAnnotationModel model = editor.getAdapter(ProjectionAnnotationModel.class);
		Workbenches.waitUntil("the folds", WAIT, () -> foldedLines(model, document).equals(TextBlocks.multiLine(MESSY)));
		Set<ProjectionAnnotation> before = new HashSet<>(annotations(model));
		document.replace(document.get().indexOf("step b"), 0, "}}}\n");
		Workbenches.waitUntil("the broken text is checked", WAIT, () -> editor.latest().text().equals(document.get()));
		Workbenches.idle(Duration.ofMillis(100));
		assertEquals(before, new HashSet<>(annotations(model)), "the same folds");
		assertEquals(TextBlocks.multiLine(MESSY).size(), before.size());
	}

	@Test
	void collapseAllAndExpandAllReachEveryFold() throws Exception {
		JourneyEditor editor = open("all.journey", MESSY);
		ProjectionAnnotationModel model = editor.getAdapter(ProjectionAnnotationModel.class);
		Workbenches.waitUntil("the folds", WAIT, () -> annotations(model).size() == TextBlocks.multiLine(MESSY).size());
		// what the platform's Collapse All and Expand All commands do with the active editor
		ITextOperationTarget operations = editor.getAdapter(ITextOperationTarget.class);
		operations.doOperation(ProjectionViewer.COLLAPSE_ALL);
		assertTrue(annotations(model).stream().allMatch(ProjectionAnnotation::isCollapsed), "all folded");
		operations.doOperation(ProjectionViewer.EXPAND_ALL);
		assertTrue(annotations(model).stream().noneMatch(ProjectionAnnotation::isCollapsed), "none folded");
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

	/** The lines each fold of the editor covers now. */
	private static Set<Lines> foldedLines(ProjectionAnnotationModel model, IDocument document) {
		Set<Lines> lines = new TreeSet<>();
		for (ProjectionAnnotation annotation : annotations(model)) {
			lines.add(TextBlocks.linesOf(document.get(), model.getPosition(annotation)));
		}
		return lines;
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
