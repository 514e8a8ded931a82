package carepath.diagram;

import java.util.ArrayList;
import java.util.List;

/** The title and the line of counts under it that open a diagram, as one `header` node. */
public final class TitleBlock {
	private TitleBlock() {
	}

	/**
	 * Adds the block at {@code left, top}, wrapped to {@code width}, with the title in {@code heading}
	 * and the description in {@code body} points; returns its bottom.
	 */
	public static double add(List<DiagramNode> nodes, String id, String title, String description, double left, double top,
			double width, double heading, double body, Trace trace) {
		List<TextLine> text = new ArrayList<>();
		Paragraph titleLines = Paragraph.of(title, left, top, width, heading, true);
		text.addAll(titleLines.lines());
		double y = top + titleLines.height() + 4;
		Paragraph descriptionLines = Paragraph.of(description, left, y, width, body, false);
		text.addAll(descriptionLines.lines());
		y += descriptionLines.height();
		nodes.add(new DiagramNode(id, "header", new Rect(left, top, width, y - top), text, trace, null));
		return y;
	}
}
