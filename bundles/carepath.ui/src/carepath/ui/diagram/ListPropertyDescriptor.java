package carepath.ui.diagram;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A list of the language in the Properties view: shown on one line with "; " between the values,
 * changed in a small dialog with one value per line (the words of the language or the names it
 * may take are listed there as a reminder).
 */
final class ListPropertyDescriptor extends PropertyDescriptor {
	private final String hint;

	ListPropertyDescriptor(String id, String label, String hint) {
		super(id, label);
		this.hint = hint;
		setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == null ? "" : element.toString().replace("\n", "; ");
			}
		});
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return new DialogCellEditor(parent) {
			@Override
			protected Object openDialogBox(Control window) {
				InputDialog dialog = new InputDialog(window.getShell(), getDisplayName(), "One per line." + hint,
						getValue() == null ? "" : getValue().toString(), null) {
					@Override
					protected int getInputTextStyle() {
						return SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP;
					}

					@Override
					protected Control createDialogArea(Composite area) {
						Control control = super.createDialogArea(area);
						((org.eclipse.swt.layout.GridData) getText().getLayoutData()).heightHint = 120;
						return control;
					}
				};
				return dialog.open() == IDialogConstants.OK_ID ? dialog.getValue() : null;
			}
		};
	}
}
