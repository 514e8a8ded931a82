package carepath.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

import carepath.analysis.Finding;

/**
 * The workshop findings the last validation of a file found on its elements, kept on the file's
 * resource, so that a view of the same parse (the workbench's diagram) marks them without
 * running the checks again.
 */
public final class RecordedFindings extends AdapterImpl {
	private final List<Finding> findings = new ArrayList<>();

	/** The findings of the last validation of {@code resource}; empty when it was not validated. */
	public static List<Finding> of(Resource resource) {
		RecordedFindings recorded = find(resource);
		return recorded == null ? List.of() : List.copyOf(recorded.findings);
	}

	/** Starts a new record for {@code resource}, replacing the last. */
	static RecordedFindings restart(Resource resource) {
		RecordedFindings recorded = find(resource);
		if (recorded == null) {
			recorded = new RecordedFindings();
			resource.eAdapters().add(recorded);
		}
		recorded.findings.clear();
		return recorded;
	}

	void add(Finding finding) {
		findings.add(finding);
	}

	private static RecordedFindings find(Resource resource) {
		return (RecordedFindings) resource.eAdapters().stream().filter(RecordedFindings.class::isInstance).findFirst()
				.orElse(null);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == RecordedFindings.class;
	}
}
