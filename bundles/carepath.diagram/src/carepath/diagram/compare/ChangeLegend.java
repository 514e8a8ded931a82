package carepath.diagram.compare;

import static carepath.diagram.compare.ComparisonGenerator.PAD;
import static carepath.diagram.compare.ComparisonGenerator.SMALL;

import java.util.List;

import carepath.analysis.compare.ChangeKind;
import carepath.diagram.DiagramNode;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;

/** What the card colours mean: one small card per kind of change, in the cards' own roles. */
final class ChangeLegend {
	private static final double HEIGHT = 20;
	private static final double SPACING = 8;

	private ChangeLegend() {
	}

	private static String words(ChangeKind kind) {
		return switch (kind) {
		case KEPT -> "kept as it was";
		case CHANGED -> "changed";
		case ADDED -> "new in the to-be";
		case REMOVED -> "dropped from the as-is";
		};
	}

	private static double width(ChangeKind kind) {
		return TextMeasurer.width(words(kind), SMALL, false) + 2 * PAD;
	}

	static double width() {
		double width = -SPACING;
		for (ChangeKind kind : ChangeKind.values()) {
			width += width(kind) + SPACING;
		}
		return width;
	}

	/** Draws the samples in a row from (left, top); returns their bottom. */
	static double draw(double left, double top, List<DiagramNode> nodes) {
		double x = left;
		for (ChangeKind kind : List.of(ChangeKind.KEPT, ChangeKind.CHANGED, ChangeKind.ADDED, ChangeKind.REMOVED)) {
			Rect box = new Rect(x, top, width(kind), HEIGHT);
			nodes.add(new DiagramNode("compare/legend/" + kind.label(), "step " + kind.label(), box,
					List.of(new TextLine(words(kind), x + PAD, top + 14, SMALL, false, false)), null, null));
			x += box.width() + SPACING;
		}
		return top + HEIGHT;
	}
}
