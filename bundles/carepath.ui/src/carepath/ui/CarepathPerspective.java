package carepath.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import carepath.ui.diagram.DiagramView;

/** Files on the left, the text in the middle, its diagram beside it with the selected element's properties, outline and problems below. */
public class CarepathPerspective implements IPerspectiveFactory {
	public static final String ID = "carepath.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.18f, editors);
		layout.addView(DiagramView.ID, IPageLayout.RIGHT, 0.45f, editors);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.72f, DiagramView.ID); // the selected element's fields
		IFolderLayout bottom = layout.createFolder("carepath.ui.bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(DiagramView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addNewWizardShortcut("carepath.ui.wizards.newProject");
		layout.addNewWizardShortcut("carepath.ui.wizards.newFile");
	}
}
