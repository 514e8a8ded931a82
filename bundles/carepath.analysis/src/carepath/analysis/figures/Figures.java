package carepath.analysis.figures;

import java.util.List;

import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.MapModel;

/** The figures of any map: a journey's or an ecosystem's. */
public final class Figures {
	private Figures() {
	}

	public static List<Figure> of(MapModel map) {
		if (map instanceof Journey journey) {
			return JourneyFigures.of(journey);
		}
		return EcosystemFigures.of((Ecosystem) map);
	}
}
