package carepath.ui.builder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import carepath.dsl.load.ModelSet;
import carepath.ui.JourneyServices;

/**
 * Checks every `.journey` file of a Carepath project together (each sees the others' names, as
 * with `carepath check`) when any of them changes, and puts the problems in the Problems view as
 * markers. The files are read as saved; the editor marks unsaved text itself.
 */
public class JourneyBuilder extends IncrementalProjectBuilder {
	public static final String ID = "carepath.ui.builder";
	public static final String MARKER = "carepath.ui.problem";
	private static final String EXTENSION = "journey";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		if (kind == FULL_BUILD || journeyFilesChanged(getDelta(getProject()))) {
			checkAll(monitor);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
	}

	private static boolean journeyFilesChanged(IResourceDelta delta) throws CoreException {
		if (delta == null) {
			return true;
		}
		boolean[] changed = { false };
		delta.accept(child -> {
			if (child.getResource() instanceof IFile file && EXTENSION.equals(file.getFileExtension())) {
				changed[0] = true;
			}
			return !changed[0];
		});
		return changed[0];
	}

	private void checkAll(IProgressMonitor monitor) throws CoreException {
		List<IFile> files = new ArrayList<>();
		getProject().accept(resource -> {
			if (resource instanceof IFile file && EXTENSION.equals(file.getFileExtension())) {
				files.add(file);
			}
			return true;
		});
		ModelSet models = JourneyServices.newModelSet();
		Map<IFile, XtextResource> resources = new LinkedHashMap<>();
		for (IFile file : files) {
			resources.put(file, models.add(file.getName(), URI.createPlatformResourceURI(file.getFullPath().toString(), true), read(file)));
		}
		getProject().deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
		for (Map.Entry<IFile, XtextResource> entry : resources.entrySet()) {
			if (monitor.isCanceled()) {
				return;
			}
			for (Issue issue : models.issues(entry.getValue(), monitor::isCanceled)) {
				mark(entry.getKey(), issue);
			}
		}
	}

	private static void mark(IFile file, Issue issue) throws CoreException {
		IMarker marker = file.createMarker(MARKER);
		marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
		marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
			marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			marker.setAttribute("code", issue.getCode());
		}
		marker.setAttribute(IMarker.LOCATION, issue.getLineNumber() == null ? "" : "line " + issue.getLineNumber());
	}

	private static String read(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}
}
