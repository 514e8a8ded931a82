package carepath.diagram.key;

import java.util.List;

import carepath.analysis.Finding;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;

/**
 * What a printed map needs besides the map to stand on its own in a workshop: its key and its
 * findings in words, below the map. A print too large for one sheet puts them on a sheet of their
 * own after the map's ({@link carepath.diagram.sheets.SheetPlan}), which finds them by {@link #isPart}.
 */
public final class Annex {
	private static final double GAP = 12;
	/**
	 * The widest the annex is drawn: what an A3 sheet holds at the smallest legible scale, so that
	 * on a sheet of its own it fits across.
	 */
	static final double MAX_WIDTH = 1400;

	private Annex() {
	}

	/** Adds the key of what is drawn so far and the numbered findings below {@code top}; returns the new bottom. */
	public static double add(List<DiagramNode> nodes, List<DiagramEdge> edges, List<List<Finding>> numbered, double left, double top,
			double fullWidth) {
		double width = Math.min(fullWidth, MAX_WIDTH);
		double y = DrawingKey.add(nodes, edges, left, top + GAP, width);
		if (y == top + GAP) {
			y = top;
		}
		double below = FindingsList.add(nodes, numbered, left, y + GAP, width);
		return below == y + GAP ? y : below;
	}

	/** Whether a box or line of a drawing, by its id, belongs to the key or the findings list. */
	public static boolean isPart(String id) {
		return id.equals("key") || id.startsWith("key/") || id.equals("findings") || id.startsWith("findings/");
	}
}
