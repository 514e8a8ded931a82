package carepath.ui.editor;

import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;

import carepath.model.CarepathPackage;

/** Opens where an element is written, in this editor or in the editor of its file, and selects its name. */
final class DefinitionOpener {
	private final JourneyEditor editor;

	DefinitionOpener(JourneyEditor editor) {
		this.editor = editor;
	}

	void open(EObject target) {
		List<INode> names = NodeModelUtils.findNodesForFeature(target, CarepathPackage.Literals.NAMED_ELEMENT__NAME);
		INode node = names.isEmpty() ? NodeModelUtils.findActualNodeFor(target) : names.get(0);
		if (node == null || target.eResource() == null) {
			return;
		}
		URI uri = target.eResource().getURI();
		IEditorPart part = uri.equals(editor.uri()) ? editor : openEditorOn(uri);
		if (part instanceof JourneyEditor journeyEditor) {
			journeyEditor.select(node.getOffset(), node.getLength());
		}
	}

	private IEditorPart openEditorOn(URI uri) {
		IWorkbenchPage page = editor.getSite().getPage();
		try {
			if (uri.isPlatformResource()) {
				IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
				return IDE.openEditor(page, file, JourneyEditor.ID);
			}
			if (uri.isFile()) {
				return IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(new Path(uri.toFileString())));
			}
		} catch (CoreException e) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage("Cannot open " + uri.lastSegment());
		}
		return null;
	}
}
