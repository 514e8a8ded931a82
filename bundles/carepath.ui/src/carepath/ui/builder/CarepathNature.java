package carepath.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** A Carepath project: its `.journey` files are checked by {@link JourneyBuilder} whenever they change. */
public class CarepathNature implements IProjectNature {
	public static final String ID = "carepath.ui.nature";
	private IProject project;

	/** Makes {@code project} a Carepath project, in the background, if it is not one yet. */
	public static void addTo(IProject project) {
		if (has(project)) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Making " + project.getName() + " a Carepath project") {
			@Override
			public IStatus runInWorkspace(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				if (!has(project) && project.isAccessible()) {
					IProjectDescription description = project.getDescription();
					String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
					natures[natures.length - 1] = ID;
					description.setNatureIds(natures);
					project.setDescription(description, monitor);
				}
				return Status.OK_STATUS;
			}
		};
		// Changing natures configures builders, which needs the whole workspace.
		job.setRule(project.getWorkspace().getRoot());
		job.setSystem(true);
		job.schedule();
	}

	public static boolean has(IProject project) {
		try {
			return project.isAccessible() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).noneMatch(command -> JourneyBuilder.ID.equals(command.getBuilderName()))) {
			ICommand build = description.newCommand();
			build.setBuilderName(JourneyBuilder.ID);
			ICommand[] more = Arrays.copyOf(commands, commands.length + 1);
			more[commands.length] = build;
			description.setBuildSpec(more);
			project.setDescription(description, null);
		}
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !JourneyBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
