package carepath.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > Carepath project: a project checked by Carepath, with the example maps if chosen. */
public class NewCarepathProjectWizard extends BasicNewResourceWizard {
	public static final String ID = "carepath.ui.wizards.newProject";
	private CarepathProjectPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		super.init(workbench, currentSelection);
		setWindowTitle("New Carepath project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new CarepathProjectPage();
		addPage(page);
	}

	public CarepathProjectPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		Map<String, URL> examples = page.includeExamples() ? ExampleMaps.files() : Map.of();
		// Checked before anything is made, so that a failure leaves no half-made project behind.
		if (page.includeExamples() && examples.isEmpty()) {
			page.setErrorMessage("The example maps are missing from this installation of Carepath. "
					+ "Untick \"Include the example maps\" to create an empty project.");
			return false;
		}
		List<String> kept;
		try {
			kept = create(project, location, examples);
		} catch (InvocationTargetException e) {
			page.setErrorMessage((project.exists() ? "The project was created, but not completely: "
					: "The project could not be created: ") + reason(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		selectAndReveal(project);
		if (!kept.isEmpty()) {
			MessageDialog.openInformation(getShell(), "New Carepath project", "These files were already in the project's "
					+ "folder and were kept as they were, not replaced by the examples:\n" + String.join("\n", kept));
		}
		return true;
	}

	private List<String> create(IProject project, URI location, Map<String, URL> examples)
			throws InvocationTargetException, InterruptedException {
		AtomicReference<List<String>> kept = new AtomicReference<>(List.of());
		// One workspace operation: the builder and the views see the project once, complete.
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor)
					throws CoreException, InvocationTargetException {
				try {
					kept.set(CarepathProjects.create(project, location, examples, monitor));
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			}
		};
		getContainer().run(true, true, operation);
		return kept.get();
	}

	private static String reason(Throwable cause) {
		if (cause instanceof CoreException core) {
			return core.getStatus().getMessage();
		}
		return cause == null || cause.getMessage() == null ? "unknown reason" : cause.getMessage();
	}
}
