package carepath.diagram;

import java.util.List;

import carepath.analysis.Finding;
import carepath.analysis.Severity;

/** The badge that marks findings of the checks on a diagram element: a count, the messages on hover. */
public final class Markers {
	public static final double SIZE = 16;

	private Markers() {
	}

	public static void add(String ownerId, Rect owner, List<Finding> findings, List<DiagramNode> nodes) {
		at(ownerId, new Rect(owner.right() - SIZE + 4, owner.y() - 6, SIZE, SIZE), findings, nodes);
	}

	/** The badge in a place of the caller's choosing, {@link #SIZE} square. */
	public static void at(String ownerId, Rect badge, List<Finding> findings, List<DiagramNode> nodes) {
		if (findings.isEmpty()) {
			return;
		}
		Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
		nodes.add(new DiagramNode("finding/" + ownerId, "finding finding-" + worst.label(), badge,
				List.of(new TextLine(Integer.toString(findings.size()), badge.centerX(), badge.y() + 12, 9, true, true)),
				null, FindingIndex.note(findings)));
	}
}
