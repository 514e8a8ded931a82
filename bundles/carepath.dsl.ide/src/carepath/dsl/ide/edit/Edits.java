package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.XtextResource;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.NamedElement;
import carepath.model.Service;
import carepath.model.Step;

/** What every edit checks first. */
final class Edits {
	private Edits() {
	}

	/** What an edit writes in the file of the element it changes, worked out on that file's text. */
	interface Change {
		List<TextEdit> edits(URI file, String text) throws EditRefused;
	}

	/**
	 * The frame of an edit of one element: refused when the element's file has a syntax error (the
	 * edit could land anywhere), then the change, then refused when the project would have an error
	 * of the language it did not have. No edits: nothing to do, nothing checked.
	 */
	static List<TextEdit> checked(ProjectTexts project, ModelSet set, EObject element, String doing, Change change) throws EditRefused {
		XtextResource resource = (XtextResource) element.eResource();
		refuseSyntaxErrors(resource);
		Set<String> knownErrors = NewErrors.known(set);
		URI file = resource.getURI();
		List<TextEdit> edits = change.edits(file, project.text(file));
		if (edits.isEmpty()) {
			return edits;
		}
		NewErrors.refuseAny(knownErrors, project.with(edits), doing);
		return edits;
	}

	/** Edits computed in two ways must not touch the same text, or applying them would garble it. */
	static void refuseOverlaps(List<TextEdit> edits) throws EditRefused {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit edit) -> edit.file().toString()).thenComparingInt(TextEdit::offset));
		for (int i = 1; i < sorted.size(); i++) {
			TextEdit before = sorted.get(i - 1);
			TextEdit next = sorted.get(i);
			if (before.file().equals(next.file()) && before.offset() + before.length() > next.offset()) {
				throw new EditRefused("this change could not be made without rewriting lines around it; make it in the text");
			}
		}
	}

	/** The one element of this kind with this plain or full name; {@code what} says the kind in words ("a service"). */
	static <T extends NamedElement> T named(ModelSet set, String name, Class<T> kind, String what) throws EditRefused {
		NamedElement found = Rename.find(set, name);
		if (!kind.isInstance(found)) {
			throw new EditRefused("'" + name + "' is not " + what);
		}
		return kind.cast(found);
	}

	/** The one service with this plain or full name. */
	static Service service(ModelSet set, String name) throws EditRefused {
		return named(set, name, Service.class, "a service");
	}

	/** Text in quotes, as the language writes it, on one line. */
	static String quoted(String text) {
		return JourneyLanguage.injector().getInstance(IValueConverterService.class).toString(text.strip().replaceAll("[\\r\\n]+", " "),
				"STRING");
	}

	/** The one step with this plain or full name. */
	static Step step(ModelSet set, String name) throws EditRefused {
		return named(set, name, Step.class, "a step");
	}

	/** The file of the element to change must parse, or the edit could land anywhere. */
	static void refuseSyntaxErrors(XtextResource resource) throws EditRefused {
		if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
			var error = resource.getErrors().get(0);
			throw new EditRefused(resource.getURI().lastSegment() + " has a syntax error at line " + error.getLine() + ": "
					+ error.getMessage() + "; mend it first, so that the change lands where it should");
		}
	}
}
