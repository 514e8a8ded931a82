package carepath.diagram;

import java.util.ArrayList;
import java.util.List;

import carepath.analysis.Finding;
import carepath.analysis.Severity;

/**
 * The badges that mark findings of the checks on one drawing. Badges are numbered in the order
 * they are placed (the drawing's reading order: lane by lane, service by service), so that the
 * list printed with the map ({@link carepath.diagram.key.FindingsList}) tells in words what each
 * number stands for: the findings about that element.
 */
public final class Markers {
	public static final double SIZE = 16;

	private final List<List<Finding>> numbered = new ArrayList<>();

	/** The badge at the top right corner of its owner's box. */
	public void add(String ownerId, Rect owner, List<Finding> findings, List<DiagramNode> nodes) {
		at(ownerId, new Rect(owner.right() - SIZE + 4, owner.y() - 6, SIZE, SIZE), findings, nodes);
	}

	/** The badge in a place of the caller's choosing, {@link #SIZE} square. */
	public void at(String ownerId, Rect badge, List<Finding> findings, List<DiagramNode> nodes) {
		if (findings.isEmpty()) {
			return;
		}
		List<Finding> sorted = findings.stream().sorted((a, b) -> a.severity().compareTo(b.severity())).toList();
		numbered.add(sorted);
		Severity worst = sorted.get(0).severity();
		nodes.add(new DiagramNode("finding/" + ownerId, "finding finding-" + worst.label(), badge,
				List.of(new TextLine(Integer.toString(numbered.size()), badge.centerX(), badge.y() + 12, 9, true, true)),
				null, FindingIndex.note(sorted)));
	}

	/** The findings of each badge of this drawing, most severe first, in the order of the badges' numbers (from 1). */
	public List<List<Finding>> numbered() {
		return List.copyOf(numbered);
	}
}
