package carepath.ui.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/** The project builder: every .journey file checked together, problems as markers with their lines. */
class JourneyBuilderTest {
	private static final Duration WAIT = Duration.ofSeconds(60);

	@Test
	void problemsOfTheSavedFilesBecomeMarkers() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("builder-test");
		if (!project.exists()) {
			project.create(null);
			project.open(null);
		}
		IFile map = project.getFile("map.journey");
		IFile journey = project.getFile("journey.journey");
		write(map, "ecosystem e {\n  service a \"A\"\n}\n");
		write(journey, "persona p \"P\"\njourney j {\n  persona p\n  ecosystem e\n  stage s { step one { at a } }\n}\n");
		CarepathNature.addTo(project);
		Workbenches.waitUntil("the project is a Carepath project", WAIT, () -> CarepathNature.has(project));
		Workbenches.waitUntil("no errors: the journey sees the other file's service", WAIT,
				() -> errors(journey) == 0 && markers(journey).length > 0);

		write(journey, "persona p \"P\"\njourney j {\n  persona p\n  ecosystem e\n  stage s { step one { at nowhere } }\n}\n");
		Workbenches.waitUntil("the unresolved service is marked", WAIT, () -> errors(journey) == 1);
		IMarker error = Arrays.stream(markers(journey))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).findFirst().orElseThrow();
		assertEquals(5, error.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(error.getAttribute(IMarker.MESSAGE, "").contains("nowhere"), error.getAttribute(IMarker.MESSAGE, ""));
		assertEquals("unresolved-name", error.getAttribute("code", ""));
	}

	private static void write(IFile file, String text) throws CoreException {
		ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, false, null);
		} else {
			file.create(in, true, null);
		}
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(JourneyBuilder.MARKER, true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			return new IMarker[0];
		}
	}

	private static long errors(IFile file) {
		return Arrays.stream(markers(file)).filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
	}
}
