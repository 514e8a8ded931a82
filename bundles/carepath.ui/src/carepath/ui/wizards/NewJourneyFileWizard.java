package carepath.ui.wizards;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.eclipse.jface.viewers.IStructuredSelection;

/** File > New > Carepath file: a `.journey` file from one of the templates, opened in the editor. */
public class NewJourneyFileWizard extends BasicNewResourceWizard {
	public static final String ID = "carepath.ui.wizards.newFile";
	private TemplateFilePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		super.init(workbench, currentSelection);
		setWindowTitle("New Carepath file");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new TemplateFilePage(getSelection());
		addPage(page);
	}

	public TemplateFilePage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		try {
			page.prepareContents();
		} catch (IOException e) {
			page.setErrorMessage("The template could not be read: " + e.getMessage());
			return false;
		}
		// The platform page creates the file, refusing one that exists, and reports its own failures.
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		open(file);
		return true;
	}

	private void open(IFile file) {
		IWorkbenchWindow window = getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage workbenchPage = window == null ? null : window.getActivePage();
		if (workbenchPage == null) {
			return;
		}
		try {
			IDE.openEditor(workbenchPage, file, true);
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), "New Carepath file",
					file.getName() + " was created but could not be opened: " + e.getMessage());
		}
	}
}
