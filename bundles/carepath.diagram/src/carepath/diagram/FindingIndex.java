package carepath.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import carepath.analysis.Finding;
import carepath.analysis.Severity;

/** The workshop checks' findings, looked up by the diagram element they should be marked on. */
public final class FindingIndex {
	public static final FindingIndex NONE = new FindingIndex(List.of());

	private final List<Finding> findings;

	public FindingIndex(List<Finding> findings) {
		this.findings = List.copyOf(findings);
	}

	/**
	 * The findings a drawing marks: errors and warnings, what needs attention. Notes (the figures,
	 * the central services) are listed by `check` and the pack, not drawn.
	 */
	public static FindingIndex drawn(List<Finding> all) {
		return new FindingIndex(all.stream().filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING).toList());
	}

	/** Findings about this element itself. */
	public List<Finding> on(EObject element) {
		List<Finding> found = new ArrayList<>();
		for (Finding finding : findings) {
			if (finding.element() == element) {
				found.add(finding);
			}
		}
		return found;
	}

	/** Findings about this element or anything inside it. */
	public List<Finding> within(EObject element) {
		List<Finding> found = new ArrayList<>();
		for (Finding finding : findings) {
			if (finding.element() == element || EcoreUtil.isAncestor(element, finding.element())) {
				found.add(finding);
			}
		}
		return found;
	}

	/** The messages as a hover note, one per line, most severe first. */
	public static String note(List<Finding> findings) {
		return String.join("\n", findings.stream()
				.sorted((a, b) -> a.severity().compareTo(b.severity()))
				.map(f -> f.severity().label() + ": " + f.message() + " [" + f.code() + "]").toList());
	}
}
