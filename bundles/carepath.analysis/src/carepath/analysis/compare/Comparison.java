package carepath.analysis.compare;

import java.util.List;

import carepath.model.MapModel;

/** An as-is map beside its to-be redesign: every element's fate and every figure before and after. */
public record Comparison(MapModel asIs, MapModel toBe, List<ElementChange> elements, List<FigureChange> figures) {

	public List<ElementChange> with(ChangeKind change) {
		return elements.stream().filter(element -> element.change() == change).toList();
	}

	public FigureChange figure(String key) {
		return figures.stream().filter(figure -> figure.key().equals(key)).findFirst().orElseThrow();
	}
}
