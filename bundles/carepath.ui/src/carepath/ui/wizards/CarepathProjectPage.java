package carepath.ui.wizards;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** The platform's project name and location page, with the choice to start from the example maps. */
public class CarepathProjectPage extends WizardNewProjectCreationPage {
	public static final String NAME = "carepathProject";
	private boolean includeExamples = true;
	private Button examplesChoice;

	public CarepathProjectPage() {
		super(NAME);
		setTitle("Carepath project");
		setDescription("Create a project for journey maps and system maps.");
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		Composite composite = (Composite) getControl();
		examplesChoice = new Button(composite, SWT.CHECK);
		examplesChoice.setText("Include the example maps");
		examplesChoice.setToolTipText("Two complete, made-up examples to learn from: mental health and substance use "
				+ "services (folder mental-health) and heart-failure care at a distance (folder heart-failure)");
		examplesChoice.setSelection(includeExamples);
		examplesChoice.addListener(SWT.Selection, event -> includeExamples = examplesChoice.getSelection());
		Dialog.applyDialogFont(composite);
	}

	public boolean includeExamples() {
		return includeExamples;
	}

	public void setIncludeExamples(boolean include) {
		includeExamples = include;
		if (examplesChoice != null && !examplesChoice.isDisposed()) {
			examplesChoice.setSelection(include);
		}
	}
}
