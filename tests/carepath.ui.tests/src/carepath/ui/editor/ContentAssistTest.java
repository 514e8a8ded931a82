package carepath.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/**
 * Content assist from Xtext's IDE services: keywords, and names from the other files of the
 * project; in the editor, worked out off the UI thread and shown in the platform's pop-up.
 */
class ContentAssistTest {

	@Test
	void servicesOfTheProjectAfterAt() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		ProjectFiles files = new ProjectFiles(new FileEditorInput(project.getFile("sam-challenges.journey")));
		String text = new String(project.getFile("sam-challenges.journey").getContents().readAllBytes(), "UTF-8");
		int at = text.indexOf("\n      at ") + "\n      at ".length();
		List<String> proposals = labels(new JourneyCompletionProcessor(files).proposals(text.substring(0, at) + text.substring(text.indexOf('\n', at)), at));
		assertTrue(proposals.stream().anyMatch(p -> p.matches("(.*\\.)?gp( .*)?")), "a service of system-map.journey: " + proposals);
	}

	@Test
	void keywordsWhereTheGrammarAllowsThem() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		ProjectFiles files = new ProjectFiles(new FileEditorInput(project.getFile("sam-challenges.journey")));
		String text = "persona p \"P\"\njourney j {\n  persona p\n  stage s {\n    step a {\n      \n    }\n  }\n}\n";
		int inStep = text.indexOf("      \n") + 6;
		List<String> proposals = labels(new JourneyCompletionProcessor(files).proposals(text, inStep));
		assertTrue(proposals.containsAll(List.of("at", "via", "waits")), proposals.toString());
	}

	@Test
	void theEditorShowsProposalsWorkedOutOffTheUiThread() throws Exception {
		IProject project = Workbenches.exampleProject("mental-health");
		JourneyEditor editor = (JourneyEditor) IDE.openEditor(Workbenches.page(), project.getFile("sam-challenges.journey"));
		try {
			IDocument document = editor.getDocument();
			int at = document.get().indexOf("\n      at gp") + "\n      at ".length();
			document.replace(at, "gp".length(), "");
			editor.select(at, 0);
			((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
			Workbenches.waitUntil("the proposals show with the services of the system map", Duration.ofSeconds(30),
					() -> shownProposals().stream().anyMatch(p -> p.matches("(.*\\.)?gp( .*)?")));
		} finally {
			Workbenches.page().closeAllEditors(false);
		}
	}

	/** The lines of the proposal pop-up, when it is open. */
	private static List<String> shownProposals() {
		List<String> shown = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			collect(shell, shown);
		}
		return shown;
	}

	private static void collect(Control control, List<String> into) {
		if (control instanceof Table table) {
			Arrays.stream(table.getItems()).map(TableItem::getText).forEach(into::add);
		}
		if (control instanceof Composite composite) {
			Arrays.stream(composite.getChildren()).forEach(child -> collect(child, into));
		}
	}

	private static List<String> labels(List<ICompletionProposal> proposals) {
		return proposals.stream().map(ICompletionProposal::getDisplayString).toList();
	}
}
