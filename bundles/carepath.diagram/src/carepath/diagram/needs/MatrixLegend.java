package carepath.diagram.needs;

import static carepath.diagram.needs.NeedsMatrixGenerator.PAD;
import static carepath.diagram.needs.NeedsMatrixGenerator.SMALL;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.DiagramNode;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;

/**
 * What the marks and colours of the matrix mean, as a row of small samples drawn in the same
 * roles as the matrix itself, so a printed sheet explains itself.
 */
final class MatrixLegend {
	private static final double HEIGHT = 20;
	private static final double MARK = 10;
	private static final double SPACING = 8;

	/** One sample: its id, role, words, and whether it shows the mark. */
	private record Sample(String id, String role, String text, boolean mark) {
		double width() {
			return TextMeasurer.width(text, SMALL, false) + 2 * PAD + (mark ? MARK + PAD : 0);
		}
	}

	private final List<Sample> samples = new ArrayList<>();

	/** The samples for a matrix; without a persona (null) only the mark is explained. */
	MatrixLegend(String diagramId, String person, boolean anyUnmet) {
		String prefix = diagramId + "/legend/";
		samples.add(new Sample(prefix + "meets", "cell", "meets the need", true));
		if (person != null) {
			samples.add(new Sample(prefix + "persona-need", "cell persona-need", person + "'s need", false));
			if (anyUnmet) {
				samples.add(new Sample(prefix + "unmet", "cell persona-need unmet", person + "'s need that no service meets",
						false));
			}
		}
	}

	double width() {
		return samples.stream().mapToDouble(Sample::width).sum() + SPACING * (samples.size() - 1);
	}

	/** Draws the samples in a row from (left, top); returns their bottom. */
	double draw(double left, double top, List<DiagramNode> nodes) {
		double x = left;
		for (Sample sample : samples) {
			Rect box = new Rect(x, top, sample.width(), HEIGHT);
			double textX = x + PAD + (sample.mark() ? MARK + PAD : 0);
			nodes.add(new DiagramNode(sample.id(), sample.role(), box,
					List.of(new TextLine(sample.text(), textX, top + 14, SMALL, false, false)), null, null));
			if (sample.mark()) {
				nodes.add(new DiagramNode(sample.id() + "/mark", "meets", new Rect(x + PAD, box.centerY() - MARK / 2, MARK, MARK),
						List.of(), null, null));
			}
			x += sample.width() + SPACING;
		}
		return top + HEIGHT;
	}
}
