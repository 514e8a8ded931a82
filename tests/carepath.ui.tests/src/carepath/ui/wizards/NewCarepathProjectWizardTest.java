package carepath.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import carepath.testing.ExampleModels;
import carepath.ui.Workbenches;
import carepath.ui.builder.CarepathNature;

/** File > New > Carepath project, driven as a user would: name, examples or not, Finish. */
class NewCarepathProjectWizardTest {
	private static final String NAME = "wizard-project-test";
	private WizardDialog dialog;

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		IProject project = project();
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}

	@Test
	void createsACarepathProjectWithTheExamplesAndTheyCheckWithoutErrors() throws Exception {
		NewCarepathProjectWizard wizard = openWizard();
		CarepathProjectPage page = wizard.page();
		WorkspaceFiles.find(page.getControl(), Text.class).setText(NAME);
		page.setIncludeExamples(true);
		assertTrue(page.isPageComplete(), page.getErrorMessage());
		assertTrue(wizard.performFinish(), page.getErrorMessage());

		IProject project = project();
		assertTrue(project.isOpen());
		assertTrue(CarepathNature.has(project), "a Carepath project, checked by the builder");
		assertEquals(examplesInTheRepository(), WorkspaceFiles.journeyFiles(project).stream()
				.map(file -> file.getProjectRelativePath().toString()).sorted().toList(),
				"every example map, in its folder");
		assertEquals(List.of(), WorkspaceFiles.errors(WorkspaceFiles.journeyFiles(project)));
	}

	@Test
	void withoutTheExamplesTheProjectStartsEmpty() throws Exception {
		NewCarepathProjectWizard wizard = openWizard();
		CarepathProjectPage page = wizard.page();
		WorkspaceFiles.find(page.getControl(), Text.class).setText(NAME);
		page.setIncludeExamples(false);
		assertTrue(wizard.performFinish(), page.getErrorMessage());

		IProject project = project();
		assertTrue(project.isOpen());
		assertTrue(CarepathNature.has(project));
		assertEquals(List.of(), WorkspaceFiles.journeyFiles(project));
	}

	@Test
	void theNameOfAnExistingProjectIsRefused() throws Exception {
		IProject existing = project();
		existing.create(null);
		existing.open(null);
		NewCarepathProjectWizard wizard = openWizard();
		CarepathProjectPage page = wizard.page();
		WorkspaceFiles.find(page.getControl(), Text.class).setText(NAME);
		assertFalse(page.isPageComplete());
		assertNotNull(page.getErrorMessage());
	}

	private NewCarepathProjectWizard openWizard() throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewCarepathProjectWizard.ID);
		assertNotNull(descriptor, "the wizard is registered under File > New");
		NewCarepathProjectWizard wizard = (NewCarepathProjectWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		dialog = new WizardDialog(Workbenches.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return wizard;
	}

	private static IProject project() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
	}

	/** The bundle carries a copy made by the build; it must hold every example of the repository. */
	private static List<String> examplesInTheRepository() throws Exception {
		Path folder = ExampleModels.folder();
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.toString().endsWith(".journey"))
					.map(file -> folder.relativize(file).toString().replace('\\', '/')).sorted().toList();
		}
	}
}
