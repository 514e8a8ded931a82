package carepath.diagram.sheets;

import carepath.diagram.Diagram;
import carepath.diagram.Rect;

/**
 * A part of a diagram shown on a sheet: {@code drawing} (the diagram, or the part of it that shows
 * here) clipped to {@code clip} and moved by {@code dx, dy}, all in the diagram's pixels.
 */
public record Piece(Rect clip, double dx, double dy, Diagram drawing) {

	/** Whether a box, in the diagram's coordinates, shows in this piece (touching counts). */
	boolean shows(double left, double top, double right, double bottom) {
		return right >= clip.x() && left <= clip.right() && bottom >= clip.y() && top <= clip.bottom();
	}
}
