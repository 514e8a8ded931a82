package carepath.ui.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import carepath.dsl.load.ModelSet;
import carepath.ui.JourneyServices;
import carepath.ui.editor.Snapshot;

/**
 * Texts parsed and checked as the editor does, without a workbench: the first text is the edited
 * one, the others are the project's other files.
 */
final class FixTexts {
	private FixTexts() {
	}

	static Snapshot snapshot(String edited, String... others) {
		ModelSet models = JourneyServices.newModelSet();
		for (int i = 0; i < others.length; i++) {
			String name = "other" + (i + 1) + ".journey";
			models.add(name, URI.createFileURI("/quickfix-test/" + name), others[i]);
		}
		XtextResource resource = models.add("edited.journey", URI.createFileURI("/quickfix-test/edited.journey"), edited);
		List<Issue> issues = models.issues(resource, CancelIndicator.NullImpl);
		return new Snapshot(0, edited, models, resource, issues);
	}

	/** The only issue of this code whose text is {@code at}. */
	static Issue issue(Snapshot snapshot, String code, String at) {
		List<Issue> found = snapshot.issues().stream()
				.filter(issue -> code.equals(issue.getCode()) && at.equals(textOf(snapshot, issue))).toList();
		assertEquals(1, found.size(), () -> "one " + code + " at '" + at + "' among " + describe(snapshot.issues(), snapshot));
		return found.get(0);
	}

	static String textOf(Snapshot snapshot, Issue issue) {
		return snapshot.text().substring(issue.getOffset(), issue.getOffset() + issue.getLength());
	}

	/** The text after the fix, applied to a document as the editor applies it. */
	static String apply(Snapshot snapshot, TextFix fix) {
		Document document = new Document(snapshot.text());
		try {
			fix.apply(document);
		} catch (BadLocationException e) {
			throw new AssertionError(e);
		}
		return document.get();
	}

	/**
	 * Applies a fix, parses the result with the same other files, and checks that the problem is
	 * gone (one fewer of its code) and that no error appeared that was not there before.
	 */
	static Snapshot applyAndCheck(Snapshot before, Issue fixed, TextFix fix, String... others) {
		Snapshot after = snapshot(apply(before, fix), others);
		assertEquals(count(before, fixed.getCode()) - 1, count(after, fixed.getCode()),
				() -> "the " + fixed.getCode() + " is gone:\n" + after.text() + "\n" + describe(after.issues(), after));
		List<String> errorsBefore = errors(before);
		for (String error : errors(after)) {
			assertTrue(errorsBefore.contains(error), () -> "a new error: " + error + "\n" + after.text());
		}
		return after;
	}

	static long count(Snapshot snapshot, String code) {
		return snapshot.issues().stream().filter(issue -> code.equals(issue.getCode())).count();
	}

	static List<String> errors(Snapshot snapshot) {
		List<String> errors = new ArrayList<>();
		for (Issue issue : snapshot.issues()) {
			if (issue.getSeverity() == Severity.ERROR) {
				errors.add(issue.getCode() + ": " + issue.getMessage());
			}
		}
		return errors;
	}

	static List<String> labels(List<TextFix> fixes) {
		return fixes.stream().map(TextFix::label).toList();
	}

	private static String describe(List<Issue> issues, Snapshot snapshot) {
		StringBuilder text = new StringBuilder();
		for (Issue issue : issues) {
			text.append("\n  ").append(issue.getCode()).append(" '").append(textOf(snapshot, issue)).append("': ")
					.append(issue.getMessage());
		}
		return text.toString();
	}
}
