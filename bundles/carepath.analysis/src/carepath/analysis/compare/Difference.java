package carepath.analysis.compare;

/**
 * One thing a changed element says differently in the redesign: the feature (its metamodel name as
 * {@code key}, and in words, `person's experience`) and its value before and after, as people read
 * them ("none" where absent).
 */
public record Difference(String key, String feature, String before, String after) {

	@Override
	public String toString() {
		return feature + ": " + before + " → " + after;
	}
}
