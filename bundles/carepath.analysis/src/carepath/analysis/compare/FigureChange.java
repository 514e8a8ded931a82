package carepath.analysis.compare;

import carepath.analysis.figures.Figure;

/** One figure of the as-is map beside the same figure of the to-be map. */
public record FigureChange(Figure before, Figure after) {

	public String key() {
		return before.key();
	}

	public String label() {
		return before.label();
	}

	/** After minus before; NaN where either has no value. */
	public double difference() {
		return after.value() - before.value();
	}

	/** The change as people read it: `+2`, `-3 weeks`, `0`. */
	public String differenceDisplay() {
		return before.formatDifference(difference());
	}
}
