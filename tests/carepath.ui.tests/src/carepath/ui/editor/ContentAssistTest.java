package carepath.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/** Content assist from Xtext's IDE services: keywords, and names from the other files of the project. */
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

	private static List<String> labels(List<ICompletionProposal> proposals) {
		return proposals.stream().map(ICompletionProposal::getDisplayString).toList();
	}
}
