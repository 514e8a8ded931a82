package carepath.dsl.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import carepath.analysis.CheckSettings;
import carepath.analysis.WorkshopQuestion;
import carepath.dsl.validation.IssueCodes;
import carepath.dsl.validation.ProjectSettings;
import carepath.model.Model;
import carepath.model.TopLevelElement;

/**
 * The `.journey` files of a folder or project loaded as one set, in which every file sees the
 * top-level names of the others. Used by the command line and the tests; the workbench keeps
 * its own index but validates the same way.
 */
public class ModelSet {
	private final XtextResourceSet resourceSet;
	private final XtextResourceFactory resourceFactory;
	private final IResourceValidator validator;
	private final Map<Resource, String> displayNames = new IdentityHashMap<>();

	@Inject
	ModelSet(XtextResourceSet resourceSet, XtextResourceFactory resourceFactory, IResourceValidator validator) {
		this.resourceSet = resourceSet;
		this.resourceFactory = resourceFactory;
		this.validator = validator;
	}

	/** Loads the files named, and the `.journey` files below the folders named. */
	public ModelSet load(List<Path> paths) throws LoadException {
		for (Path file : JourneyFiles.collect(paths)) {
			add(file.toString(), URI.createFileURI(file.toAbsolutePath().normalize().toString()),
					JourneyFiles.read(file));
		}
		return this;
	}

	/** Adds one file's text, reported under {@code displayName}. */
	public XtextResource add(String displayName, URI uri, String text) {
		XtextResource resource = (XtextResource) resourceFactory.createResource(uri);
		resourceSet.getResources().add(resource);
		displayNames.put(resource, displayName);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new IllegalStateException("reading from memory cannot fail", e);
		}
		return resource;
	}

	/** Every problem of every file: syntax, names, the language's rules and the metamodel's. */
	public List<Problem> validate() {
		List<Problem> problems = new ArrayList<>();
		for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
			String file = displayNames.get(resource);
			if (file == null) {
				continue; // pulled in by a reference, not named by the user
			}
			List<Problem> inFile = new ArrayList<>();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				inFile.add(toProblem(file, issue, elementKind(issue)));
			}
			problems.addAll(ProblemLimit.firstOf(inFile));
		}
		Collections.sort(problems);
		return problems;
	}

	/**
	 * The issues of one resource of this set, with their offsets in its text, for an editor that
	 * marks them where they are.
	 */
	public List<Issue> issues(Resource resource, CancelIndicator cancel) {
		return validator.validate(resource, CheckMode.ALL, cancel);
	}

	/** Checks this set with these settings instead of those of a `carepath.properties` near the files. */
	public ModelSet useSettings(CheckSettings settings) {
		ProjectSettings.attach(resourceSet, settings);
		return this;
	}

	/** How many files were named or found: the files checked, whether or not they parse. */
	public int fileCount() {
		return displayNames.size();
	}

	public List<Model> models() {
		List<Model> models = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				models.add(model);
			}
		}
		return models;
	}

	/** The top-level elements of one kind (journeys, ecosystems...), file after file, in the order written. */
	public <T extends TopLevelElement> List<T> elements(Class<T> kind) {
		List<T> found = new ArrayList<>();
		for (Model model : models()) {
			for (TopLevelElement element : model.getElements()) {
				if (kind.isInstance(element)) {
					found.add(kind.cast(element));
				}
			}
		}
		return found;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The metaclass name of the element an issue is about, or "" where there is none. */
	private String elementKind(Issue issue) {
		if (issue.isSyntaxError() || issue.getUriToProblem() == null) {
			return "";
		}
		EObject element = resourceSet.getEObject(issue.getUriToProblem(), false);
		return element == null ? "" : element.eClass().getName();
	}

	private static Problem toProblem(String file, Issue issue, String element) {
		String code = issue.getCode();
		// A syntax error keeps a code of the language's own (invalid-name for `a-and-e`), else is a syntax-error.
		if (code == null || code.startsWith("org.eclipse.xtext") || issue.isSyntaxError() && !code.equals(IssueCodes.INVALID_NAME)) {
			code = IssueCodes.SYNTAX_ERROR;
		}
		return new Problem(file, orOne(issue.getLineNumber()), orOne(issue.getColumn()), severity(issue.getSeverity()),
				issue.getMessage(), code, element, question(issue));
	}

	/** The workshop question a finding of the workshop checks answers, carried as its issue data. */
	private static String question(Issue issue) {
		String[] data = issue.getData();
		return data != null && data.length == 1 && WorkshopQuestion.byId(data[0]) != null ? data[0] : "";
	}

	private static int orOne(Integer position) {
		return position == null || position < 1 ? 1 : position;
	}

	private static Problem.Severity severity(Severity severity) {
		return switch (severity) {
		case ERROR -> Problem.Severity.ERROR;
		case WARNING -> Problem.Severity.WARNING;
		default -> Problem.Severity.INFO;
		};
	}
}
