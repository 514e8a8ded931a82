package carepath.ui.quickfix;

import static carepath.ui.quickfix.FixTexts.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import carepath.dsl.validation.IssueCodes;
import carepath.ui.editor.Snapshot;

/** Quick fix as the editor asks for it: at the caret, from the latest snapshot, applied to the document. */
class JourneyQuickAssistProcessorTest {
	private static final String TEXT = """
			ecosystem lothian {
			  service gp "GP practice"
			  service cafe "Recovery cafe"
			}
			journey j "J" {
			  ecosystem lothian
			  stage s "S" { step a "A" { at gpp person feels +3 } }
			}
			""";

	@Test
	void aQuickFixAppliedAtTheCaretIsOneUndoableChange() throws Exception {
		Snapshot snapshot = snapshot(TEXT);
		Document document = new Document(TEXT);
		DocumentUndoManagerRegistry.connect(document);
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		undo.connect(this); // as the editor's viewer does
		try {
			JourneyQuickAssistProcessor processor = new JourneyQuickAssistProcessor(() -> snapshot);
			int caret = TEXT.indexOf("gpp") + 1;
			ICompletionProposal[] proposals = processor.computeQuickAssistProposals(
					new TextInvocationContext(viewerOf(document), caret, -1));
			assertEquals(List.of("Change to 'gp'", "Add service 'gpp' to ecosystem 'lothian'"), labels(proposals));
			assertTrue(proposals[0].getAdditionalProposalInfo().contains("Replaces 'gpp' with 'gp'"),
					proposals[0].getAdditionalProposalInfo());

			proposals[1].apply(document);
			assertTrue(document.get().contains("  service cafe \"Recovery cafe\"\n  service gpp \"gpp\" { }\n"), document.get());
			int caretAfter = proposals[1].getSelection(document).x;
			assertEquals(document.get().indexOf("{ }", document.get().indexOf("service gpp")) + 3, caretAfter);
			assertEquals(0, FixTexts.count(snapshot(document.get()), IssueCodes.UNRESOLVED_NAME));

			undo.undo();
			assertEquals(TEXT, document.get());
		} finally {
			undo.disconnect(this);
			DocumentUndoManagerRegistry.disconnect(document);
		}
	}

	@Test
	void theProblemsOfTheCaretsLineWhenNoneIsAtTheCaret() {
		Snapshot snapshot = snapshot(TEXT);
		Document document = new Document(TEXT);
		int lineStart = TEXT.indexOf("  stage s");
		ICompletionProposal[] proposals = new JourneyQuickAssistProcessor(() -> snapshot)
				.computeQuickAssistProposals(new TextInvocationContext(viewerOf(document), lineStart, -1));
		assertEquals(List.of("Change to 'gp'", "Add service 'gpp' to ecosystem 'lothian'", "Change the score to +2"),
				labels(proposals));
		proposals[2].apply(document);
		assertTrue(document.get().contains("at gpp person feels +2 }"), document.get());
	}

	@Test
	void nothingWhileTheSnapshotIsOlderThanTheText() {
		Snapshot snapshot = snapshot(TEXT);
		Document document = new Document("// typed since\n" + TEXT);
		ICompletionProposal[] proposals = new JourneyQuickAssistProcessor(() -> snapshot).computeQuickAssistProposals(
				new TextInvocationContext(viewerOf(document), document.get().indexOf("gpp"), -1));
		assertEquals(0, proposals.length);
	}

	@Test
	void aProposalDoesNothingOnceTheTextHasChanged() {
		Snapshot snapshot = snapshot(TEXT);
		Document document = new Document(TEXT);
		ICompletionProposal proposal = new JourneyQuickAssistProcessor(() -> snapshot).computeQuickAssistProposals(
				new TextInvocationContext(viewerOf(document), TEXT.indexOf("gpp"), -1))[0];
		document.set("// typed since\n" + TEXT);
		proposal.apply(document);
		assertEquals("// typed since\n" + TEXT, document.get());
	}

	@Test
	void problemAnnotationsSayWhetherTheyCanBeFixed() {
		Snapshot snapshot = snapshot(TEXT + "persona nobodyClose \"X\" { needs somethingUnheardOf }\n");
		JourneyQuickAssistProcessor processor = new JourneyQuickAssistProcessor(() -> snapshot);
		assertTrue(processor.canFix(annotation(snapshot, IssueCodes.UNRESOLVED_NAME, "gpp")));
		assertTrue(processor.canFix(annotation(snapshot, IssueCodes.SCORE_OUT_OF_RANGE, "+3")));
		// a need can always be declared
		assertTrue(processor.canFix(annotation(snapshot, IssueCodes.UNRESOLVED_NAME, "somethingUnheardOf")));
		Issue missingPersona = snapshot.issues().stream().filter(issue -> "missing-property".equals(issue.getCode()))
				.findFirst().orElseThrow();
		assertFalse(processor.canFix(new IssueAnnotation("org.eclipse.ui.workbench.texteditor.error", missingPersona, snapshot)));
		assertFalse(processor.canFix(new Annotation("org.eclipse.ui.workbench.texteditor.error", false, "other")));
	}

	@Test
	void theRegistryKnowsEveryFixedCode() {
		assertEquals(Set.of(IssueCodes.UNRESOLVED_NAME, IssueCodes.SCORE_OUT_OF_RANGE, "no-declined-pathway"),
				QuickFixes.standard().codes());
	}

	private static IssueAnnotation annotation(Snapshot snapshot, String code, String at) {
		Issue issue = FixTexts.issue(snapshot, code, at);
		return new IssueAnnotation("org.eclipse.ui.workbench.texteditor.error", issue, snapshot);
	}

	private static List<String> labels(ICompletionProposal[] proposals) {
		return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
	}

	/** A source viewer that only has a document: all quick fix needs of it, and no display. */
	private static ISourceViewer viewerOf(IDocument document) {
		return (ISourceViewer) Proxy.newProxyInstance(JourneyQuickAssistProcessorTest.class.getClassLoader(),
				new Class<?>[] { ISourceViewer.class }, (proxy, method, args) -> switch (method.getName()) {
				case "getDocument" -> document;
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "a viewer of a document";
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}
}
