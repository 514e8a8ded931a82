package carepath.analysis;

import java.util.Locale;
import java.util.Optional;

/** How loudly a workshop check reports: a finding that fails the check, one to discuss, a note, or nothing. */
public enum Severity {
	ERROR, WARNING, INFO, OFF;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The severity written as `error`, `warning`, `info` or `off`, any case. */
	public static Optional<Severity> parse(String text) {
		for (Severity severity : values()) {
			if (severity.label().equalsIgnoreCase(text.trim())) {
				return Optional.of(severity);
			}
		}
		return Optional.empty();
	}
}
