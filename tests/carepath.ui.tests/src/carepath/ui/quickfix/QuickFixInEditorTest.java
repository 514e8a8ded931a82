package carepath.ui.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import carepath.dsl.validation.IssueCodes;
import carepath.ui.Workbenches;
import carepath.ui.editor.JourneyEditor;
import carepath.ui.editor.Snapshot;

/** A quick fix applied in the journey editor of a running workbench, through the editor's own quick assist. */
class QuickFixInEditorTest {
	private static final Duration WAIT = Duration.ofSeconds(30);

	@AfterEach
	void close() {
		Workbenches.page().closeAllEditors(false);
	}

	@Test
	void aQuickFixApplied() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		JourneyEditor editor = (JourneyEditor) IDE.openEditor(Workbenches.page(), project.getFile("sam-challenges.journey"));
		IDocument document = editor.getDocument();
		String original = document.get();
		int gp = original.indexOf("at gp\n") + 3;
		document.replace(gp, 2, "gpp");
		Workbenches.waitUntil("a snapshot of the mistyped text", WAIT, () -> isOfText(editor.latest(), document)
				&& FixTexts.count(editor.latest(), IssueCodes.UNRESOLVED_NAME) == 1);

		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		IQuickAssistAssistant assistant = ((ISourceViewerExtension3) viewer).getQuickAssistAssistant();
		assertNotNull(assistant, "the editor has quick fixes");
		ICompletionProposal[] proposals = assistant.getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(viewer, gp + 1, -1));
		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertEquals("Change to 'gp'", labels.get(0), labels.toString());
		assertFalse(labels.stream().anyMatch(label -> label.startsWith("Add service")), labels.toString()); // the ecosystem is in another file

		proposals[0].apply(document);
		assertEquals(original, document.get());
		Workbenches.waitUntil("a snapshot without the unresolved name", WAIT,
				() -> isOfText(editor.latest(), document) && FixTexts.count(editor.latest(), IssueCodes.UNRESOLVED_NAME) == 0);
	}

	private static boolean isOfText(Snapshot snapshot, IDocument document) {
		return snapshot != null && snapshot.text().equals(document.get());
	}
}
