package carepath.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import carepath.ui.JourneyServices;

/** Hover: the problems at the mouse, and the details of the element a name there refers to. */
final class JourneyTextHover implements ITextHover {
	private final CurrentResource current;

	JourneyTextHover(CurrentResource current) {
		this.current = current;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		List<String> parts = new ArrayList<>(problems(viewer, region.getOffset()));
		XtextResource resource = current.resource();
		if (resource != null) {
			String summary = ElementSummary.of(JourneyServices.injector().getInstance(EObjectAtOffsetHelper.class)
					.resolveCrossReferencedElementAt(resource, region.getOffset()));
			if (summary != null) {
				parts.add(summary);
			}
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	private static List<String> problems(ITextViewer viewer, int offset) {
		List<String> messages = new ArrayList<>();
		if (viewer instanceof ISourceViewer source && source.getAnnotationModel() != null) {
			IAnnotationModel model = source.getAnnotationModel();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				var position = model.getPosition(annotation);
				if (position != null && position.includes(offset) && annotation.getText() != null
						&& annotation.getType().startsWith("org.eclipse.ui.workbench.texteditor.")) {
					messages.add(annotation.getText());
				}
			}
		}
		return messages;
	}
}
