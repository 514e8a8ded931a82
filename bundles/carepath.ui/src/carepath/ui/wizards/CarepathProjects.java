package carepath.ui.wizards;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import carepath.ui.builder.CarepathNature;

/** Makes a new Carepath project: created, opened, checked by the Carepath builder, with the examples if asked. */
public final class CarepathProjects {
	private CarepathProjects() {
	}

	/**
	 * Creates the project at {@code location} (null: in the workspace) and copies {@code examples}
	 * into it; returns the example files that were already there and were kept.
	 */
	public static List<String> create(IProject project, URI location, Map<String, URL> examples, IProgressMonitor monitor)
			throws CoreException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4 + examples.size());
		IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		// Set after opening, through setDescription, so that the nature is configured and adds its builder.
		IProjectDescription opened = project.getDescription();
		if (!Arrays.asList(opened.getNatureIds()).contains(CarepathNature.ID)) {
			String[] natures = Arrays.copyOf(opened.getNatureIds(), opened.getNatureIds().length + 1);
			natures[natures.length - 1] = CarepathNature.ID;
			opened.setNatureIds(natures);
			project.setDescription(opened, progress.split(2));
		}
		return ExampleMaps.copyInto(project, examples, progress.split(examples.size()));
	}
}
