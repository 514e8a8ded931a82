package carepath.diagram.compare;

import java.util.ArrayList;
import java.util.List;

import carepath.analysis.Labels;
import carepath.model.Journey;
import carepath.model.Stage;

/**
 * The stages of an as-is and a to-be journey side by side, matched by name as the comparison
 * matches them: the to-be order, with each stage the redesign dropped put back where it was, after
 * the stage that came before it in the as-is journey, so the sheet still reads as one journey.
 */
final class StageColumns {

	/** One column: the stage's name, and the stage in each journey (null where it is absent). */
	record Column(String name, Stage asIs, Stage toBe) {
		/** The to-be title if there is one: the redesign is what the workshop takes forward. */
		String label() {
			return Labels.of(toBe != null ? toBe : asIs);
		}

		boolean added() {
			return asIs == null;
		}

		boolean removed() {
			return toBe == null;
		}
	}

	private StageColumns() {
	}

	static List<Column> of(Journey asIs, Journey toBe) {
		List<Column> columns = new ArrayList<>();
		for (Stage stage : toBe.getStages()) {
			if (find(columns, stage.getName()) < 0) {
				columns.add(new Column(stage.getName(), null, stage));
			}
		}
		int previous = -1;
		for (Stage stage : asIs.getStages()) {
			int at = find(columns, stage.getName());
			if (at >= 0) {
				Column column = columns.get(at);
				if (column.asIs() == null) {
					columns.set(at, new Column(column.name(), stage, column.toBe()));
				}
				previous = at;
			} else {
				previous++;
				columns.add(previous, new Column(stage.getName(), stage, null));
			}
		}
		return columns;
	}

	private static int find(List<Column> columns, String name) {
		for (int index = 0; index < columns.size(); index++) {
			if (columns.get(index).name().equals(name)) {
				return index;
			}
		}
		return -1;
	}
}
