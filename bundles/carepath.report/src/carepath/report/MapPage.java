package carepath.report;

import java.util.List;
import java.util.Map;

import carepath.analysis.Finding;
import carepath.analysis.WorkshopQuestion;
import carepath.analysis.compare.Comparison;
import carepath.analysis.figures.Figure;
import carepath.model.MapModel;

/**
 * What one page of the workshop pack shows about one map: its drawings, its figures, the findings
 * under the question each helps to discuss, the comparison with the map it improves (or null),
 * the maps that improve it, and the prompts for discussion.
 */
record MapPage(MapModel map, List<PackDiagram> diagrams, List<Figure> figures,
		Map<WorkshopQuestion, List<Finding>> findings, Comparison comparison, List<MapModel> improvedBy,
		DiscussionPrompts prompts) {

	/**
	 * The page's file name: the map's name, which the language keeps unique in a project, but never
	 * that of the pack's index. A map named "index" gets "index-map.html": no name holds a hyphen,
	 * so that name is free.
	 */
	String fileName() {
		return fileName(map);
	}

	static String fileName(MapModel map) {
		return baseName(map) + ".html";
	}

	/** The name of the map's files in the pack, without extension. */
	static String baseName(MapModel map) {
		return map.getName().equalsIgnoreCase(PackIndex.BASE_NAME) ? map.getName() + "-map" : map.getName();
	}
}
