package carepath.analysis;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The severity of each check and the thresholds, as a project sets them; anything not set keeps
 * its default. Immutable: build changed copies with {@link #withSeverity} and {@link #withThreshold}.
 */
public final class CheckSettings {
	public static final CheckSettings DEFAULTS = new CheckSettings(Map.of(), new EnumMap<>(Threshold.class));

	private final Map<String, Severity> severities;
	private final EnumMap<Threshold, Long> thresholds;

	private CheckSettings(Map<String, Severity> severities, EnumMap<Threshold, Long> thresholds) {
		this.severities = severities;
		this.thresholds = thresholds;
	}

	public Severity severityOf(WorkshopRule rule) {
		return severities.getOrDefault(rule.code(), rule.defaultSeverity());
	}

	public long threshold(Threshold threshold) {
		return thresholds.getOrDefault(threshold, threshold.defaultValue());
	}

	public CheckSettings withSeverity(String code, Severity severity) {
		Map<String, Severity> copy = new HashMap<>(severities);
		copy.put(code, severity);
		return new CheckSettings(Map.copyOf(copy), thresholds);
	}

	/**
	 * These settings with every check that does not report errors turned off: for a caller that
	 * only asks whether a model has errors, and should not pay for the rest (on a large model,
	 * tens of thousands of warnings).
	 */
	public CheckSettings errorsOnly() {
		CheckSettings result = this;
		for (WorkshopRule rule : WorkshopChecks.rules()) {
			if (severityOf(rule) != Severity.ERROR) {
				result = result.withSeverity(rule.code(), Severity.OFF);
			}
		}
		return result;
	}

	public CheckSettings withThreshold(Threshold threshold, long value) {
		EnumMap<Threshold, Long> copy = new EnumMap<>(thresholds);
		copy.put(threshold, value);
		return new CheckSettings(severities, copy);
	}
}
