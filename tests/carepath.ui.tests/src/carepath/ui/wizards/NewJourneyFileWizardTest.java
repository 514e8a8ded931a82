package carepath.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/** File > New > Carepath file: every template makes a file that checks without errors. */
class NewJourneyFileWizardTest {
	private static final String PROJECT = "wizard-file-test";
	private IProject project;
	private WizardDialog dialog;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void cleanUp() throws Exception {
		closeDialog();
		Workbenches.page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void everyTemplateMakesAFileThatChecksWithoutErrorsOnItsOwnAndWithTheOthers() throws Exception {
		for (JourneyTemplate template : JourneyTemplate.values()) {
			IFile file = makeFile(template, "my-" + template.suggestedName() + ".journey");
			assertTrue(file.exists(), template.label());
			String text = WorkspaceFiles.read(file);
			assertFalse(text.contains("${"), template.label() + ": every placeholder is filled in\n" + text);
			assertEquals(List.of(), WorkspaceFiles.errors(List.of(file)), template.label() + " on its own");
		}
		assertEquals(List.of(), WorkspaceFiles.errors(WorkspaceFiles.journeyFiles(project)),
				"all templates in one project: their names do not clash");
	}

	@Test
	void theNamesInTheFileComeFromTheFileName() throws Exception {
		String text = WorkspaceFiles.read(makeFile(JourneyTemplate.AS_IS_TO_BE, "ali-discharge.journey"));
		assertTrue(text.contains("journey aliDischargeAsIs \"Ali discharge: as it is\""), text);
		assertTrue(text.contains("journey aliDischargeToBe \"Ali discharge: as it could be\" improves aliDischargeAsIs"), text);
		assertTrue(text.contains("persona aliDischargePerson"), text);
	}

	@Test
	void anExistingFileIsNeverReplaced() throws Exception {
		IFile existing = project.getFile("taken.journey");
		existing.create(new ByteArrayInputStream("// mine\n".getBytes(StandardCharsets.UTF_8)), true, null);
		TemplateFilePage page = openWizard().page();
		page.setContainerFullPath(project.getFullPath());
		page.setFileName("taken.journey");
		assertFalse(page.isPageComplete(), "Finish stays disabled");
		assertNotNull(page.getErrorMessage());
		assertEquals("// mine\n", WorkspaceFiles.read(existing));
	}

	@Test
	void aTemplateOffersItsOwnFileNameUntilTheUserTypesOne() throws Exception {
		TemplateFilePage page = openWizard().page();
		assertEquals(project.getFullPath(), page.getContainerFullPath(), "the selected project");
		assertEquals("challenges.journey", page.getFileName());
		page.setTemplate(JourneyTemplate.SYSTEM_MAP);
		assertEquals("system-map.journey", page.getFileName());
		page.setFileName("riverside.journey");
		page.setTemplate(JourneyTemplate.PERSONA_SHEET);
		assertEquals("riverside.journey", page.getFileName());
		assertEquals(JourneyTemplate.PERSONA_SHEET, page.template());
	}

	private IFile makeFile(JourneyTemplate template, String fileName) throws Exception {
		NewJourneyFileWizard wizard = openWizard();
		TemplateFilePage page = wizard.page();
		page.setTemplate(template);
		page.setFileName(fileName);
		assertTrue(page.isPageComplete(), page.getErrorMessage());
		assertTrue(wizard.performFinish(), page.getErrorMessage());
		closeDialog();
		return project.getFile(fileName);
	}

	private NewJourneyFileWizard openWizard() throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewJourneyFileWizard.ID);
		assertNotNull(descriptor, "the wizard is registered under File > New");
		NewJourneyFileWizard wizard = (NewJourneyFileWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new WizardDialog(Workbenches.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return wizard;
	}

	private void closeDialog() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		dialog = null;
	}
}
