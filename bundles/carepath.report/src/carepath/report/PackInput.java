package carepath.report;

import java.util.List;

import carepath.analysis.Finding;
import carepath.diagram.SourceLocator;
import carepath.model.Journey;
import carepath.model.MapModel;

/**
 * What a workshop pack is made from: the maps to make pages for, every journey of the project
 * (for personas and routes), the findings of the checks, and where elements are written.
 */
public record PackInput(List<MapModel> maps, List<Journey> journeys, List<Finding> findings,
		SourceLocator locator) {
}
