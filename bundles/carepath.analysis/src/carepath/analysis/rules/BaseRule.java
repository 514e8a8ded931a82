package carepath.analysis.rules;

import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.analysis.WorkshopRule;

/** The fixed facts of a rule: its code, question, default severity and description. */
abstract class BaseRule implements WorkshopRule {
	private final String code;
	private final WorkshopQuestion question;
	private final Severity defaultSeverity;
	private final String description;

	BaseRule(String code, WorkshopQuestion question, Severity defaultSeverity, String description) {
		this.code = code;
		this.question = question;
		this.defaultSeverity = defaultSeverity;
		this.description = description;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public WorkshopQuestion question() {
		return question;
	}

	@Override
	public Severity defaultSeverity() {
		return defaultSeverity;
	}

	@Override
	public String description() {
		return description;
	}
}
