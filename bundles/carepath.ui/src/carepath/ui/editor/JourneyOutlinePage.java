package carepath.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import carepath.model.Model;

/**
 * The outline of the edited file, redrawn with each snapshot that parsed, and linked with the
 * editor both ways: choosing a line selects its text; moving the caret selects its line.
 */
final class JourneyOutlinePage extends ContentOutlinePage {
	private final JourneyEditor editor;
	private final Consumer<Snapshot> onSnapshot = this::show;
	private final ISelectionChangedListener onCaret = event -> {
		if (event.getSelection() instanceof ITextSelection text) {
			reveal(text.getOffset());
		}
	};
	private List<OutlineNode> nodes = List.of();
	private boolean revealing;

	JourneyOutlinePage(JourneyEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((OutlineNode) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}
		});
		editor.addSnapshotListener(onSnapshot);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(onCaret);
		}
		if (editor.latest() != null) {
			show(editor.latest());
		}
	}

	private void show(Snapshot snapshot) {
		if (!snapshot.parsed() || snapshot.resource().getContents().isEmpty() || getTreeViewer() == null
				|| getTreeViewer().getControl().isDisposed()) {
			return;
		}
		nodes = OutlineNode.of((Model) snapshot.resource().getContents().get(0));
		getTreeViewer().setInput(nodes);
		getTreeViewer().expandToLevel(2);
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!revealing && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			editor.select(node.offset(), node.length());
		}
	}

	private void reveal(int offset) {
		OutlineNode node = OutlineNode.at(nodes, offset);
		if (node == null || getTreeViewer() == null || getTreeViewer().getControl().isDisposed()) {
			return;
		}
		revealing = true;
		try {
			getTreeViewer().setSelection(new StructuredSelection(node), true);
		} finally {
			revealing = false;
		}
	}

	/** The lines shown now, for tests. */
	List<OutlineNode> nodes() {
		return nodes;
	}

	@Override
	public void dispose() {
		editor.removeSnapshotListener(onSnapshot);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(onCaret);
		}
		super.dispose();
	}
}
