package carepath.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/**
 * Keeps the editor's fold regions in step with each check of its text. A region that is still
 * there keeps its annotation, so a folded element stays folded while the text around it
 * changes; only regions that came or went are added or taken away, in one change of the
 * annotation model (one repaint of the ruler). A text that does not parse keeps the folding it had.
 */
final class Folding {
	private final ProjectionViewer viewer;

	Folding(ProjectionViewer viewer) {
		this.viewer = viewer;
	}

	void show(Snapshot snapshot) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		if (model == null || !snapshot.parsed() || viewer.getDocument() == null
				|| !snapshot.text().equals(viewer.getDocument().get())) {
			return;
		}
		Map<Position, Annotation> kept = new HashMap<>();
		List<Annotation> gone = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			Position place = model.getPosition(annotation);
			if (place == null || place.isDeleted() || kept.containsKey(place)) {
				gone.add(annotation);
			} else {
				kept.put(new Position(place.getOffset(), place.getLength()), annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		List<Position> wanted = FoldRegions.of(snapshot.resource(), snapshot.text());
		for (Position region : wanted) {
			if (kept.remove(region) == null) {
				added.put(new ProjectionAnnotation(), region);
			}
		}
		gone.addAll(kept.values());
		if (!gone.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(gone.toArray(Annotation[]::new), added, null);
		}
	}
}
