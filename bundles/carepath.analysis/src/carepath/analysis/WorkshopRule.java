package carepath.analysis;

import carepath.model.TopLevelElement;

/** One workshop check. Each has a stable code, answers one question and has a default severity. */
public interface WorkshopRule {

	/** The stable issue code, e.g. `wrong-door`. */
	String code();

	WorkshopQuestion question();

	Severity defaultSeverity();

	/** One line for the docs and the settings page: what the check looks for. */
	String description();

	/** Checks one top-level element; rules ignore the kinds of element they are not about. */
	void check(TopLevelElement element, AnalysisContext context, Findings findings);
}
