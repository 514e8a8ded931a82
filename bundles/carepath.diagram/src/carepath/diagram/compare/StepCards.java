package carepath.diagram.compare;

import static carepath.diagram.compare.ComparisonGenerator.BODY;
import static carepath.diagram.compare.ComparisonGenerator.PAD;
import static carepath.diagram.compare.ComparisonGenerator.SMALL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import carepath.analysis.Journeys;
import carepath.analysis.Labels;
import carepath.analysis.compare.ChangeKind;
import carepath.analysis.compare.Difference;
import carepath.analysis.compare.Comparison;
import carepath.analysis.compare.ElementChange;
import carepath.diagram.DiagramNode;
import carepath.diagram.Ids;
import carepath.diagram.Paragraph;
import carepath.diagram.Rect;
import carepath.diagram.SourceLocator;
import carepath.diagram.TextLine;
import carepath.diagram.Trace;
import carepath.model.Service;
import carepath.model.Stage;
import carepath.model.Step;

/**
 * The steps of one stage of one journey as small cards, stacked, each marked with what the
 * redesign did to it: kept, changed, added or removed. The change comes from the comparison,
 * which matches steps by name, so the two rows agree with `carepath compare`.
 */
final class StepCards {
	static final double SPACING = 6;

	/** Which row the cards are for: the id prefix, and which side of a change the step is. */
	enum Side {
		AS_IS("compare/asis/"), TO_BE("compare/tobe/");

		private final String prefix;

		Side(String prefix) {
			this.prefix = prefix;
		}
	}

	private final Map<EObject, ElementChange> changes = new LinkedHashMap<>();
	private final SourceLocator locator;

	StepCards(Comparison comparison, SourceLocator locator) {
		this.locator = locator;
		for (ElementChange change : comparison.elements()) {
			if (change.kind().equals("step")) {
				if (change.before() != null) {
					changes.put(change.before(), change);
				}
				if (change.after() != null) {
					changes.put(change.after(), change);
				}
			}
		}
	}

	/** Cards for the stage's steps from (x, top) in a column of this width; returns the bottom of the last (top if none). */
	double draw(Stage stage, Side side, double x, double top, double width, List<DiagramNode> nodes) {
		double y = top;
		if (stage == null) {
			return y;
		}
		for (Step step : stage.getSteps()) {
			y = card(step, side, x, y, width, nodes) + SPACING;
		}
		return stage.getSteps().isEmpty() ? top : y - SPACING;
	}

	private double card(Step step, Side side, double x, double top, double width, List<DiagramNode> nodes) {
		ElementChange change = changes.get(step);
		// A step the comparison skipped (a second step of the same name) is shown as changed: it is not the same as before.
		ChangeKind kind = change == null ? ChangeKind.CHANGED : change.change();
		List<Difference> differences = change == null ? List.of() : change.differences();
		List<TextLine> text = new ArrayList<>();
		double inner = width - 2 * PAD;
		Paragraph title = Paragraph.of(Labels.of(step), x + PAD, top + PAD, inner, BODY, true);
		text.addAll(title.lines());
		double y = top + PAD + title.height() + 1;
		Paragraph detail = Paragraph.of(detail(step, kind, change, differences, side), x + PAD, y, inner, SMALL, false);
		text.addAll(detail.lines());
		y += detail.height();
		Rect box = new Rect(x, top, width, y - top + PAD);
		nodes.add(new DiagramNode(side.prefix + Ids.step(step), "step " + kind.label(), box, text, Trace.of(step, locator),
				note(differences)));
		return box.bottom();
	}

	/** The change in words, for a sheet printed without colour, and where the step happens. */
	private static String detail(Step step, ChangeKind kind, ElementChange change, List<Difference> differences, Side side) {
		String what = switch (kind) {
		case ADDED -> "new";
		case REMOVED -> "dropped";
		case CHANGED -> "changed" + moved(change, side) + features(differences);
		case KEPT -> "kept";
		};
		Service service = Journeys.service(step);
		return service == null ? what : what + " · " + Labels.of(service);
	}

	/** `: service, wait before`: what else a changed step says differently (the stage is said by {@link #moved}). */
	private static String features(List<Difference> differences) {
		List<String> features = differences.stream().filter(difference -> !difference.key().equals("stage"))
				.map(Difference::feature).toList();
		return features.isEmpty() ? "" : ": " + String.join(", ", features);
	}

	/** `, moved from Diagnosis` when a changed step now sits in another stage. */
	private static String moved(ElementChange change, Side side) {
		if (change == null || change.before() == null || change.after() == null) {
			return "";
		}
		Stage before = (Stage) change.before().eContainer();
		Stage after = (Stage) change.after().eContainer();
		if (before.getName().equals(after.getName())) {
			return "";
		}
		return side == Side.AS_IS ? ", moved to " + Labels.of(after) : ", moved from " + Labels.of(before);
	}

	/** On hover, what a changed step says differently, before and after. */
	private static String note(List<Difference> differences) {
		return differences.isEmpty() ? null
				: String.join("\n", differences.stream().map(Difference::toString).toList());
	}
}
