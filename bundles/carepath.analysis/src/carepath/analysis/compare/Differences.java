package carepath.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import carepath.analysis.Labels;
import carepath.model.NamedElement;
import carepath.model.Stage;
import carepath.model.Step;
import carepath.model.Wait;

/**
 * What a changed element says differently, feature by feature, in the words a workshop uses
 * (features.properties): for the comparison's "changed" to say what changed.
 */
public final class Differences {
	private static final ResourceBundle WORDS = ResourceBundle.getBundle("carepath.analysis.compare.features",
			java.util.Locale.ROOT, Differences.class.getClassLoader());
	private static final String NONE = "none";

	private Differences() {
	}

	/** The features that differ, in the metamodel's order; a step moved to another stage first. */
	public static List<Difference> between(EObject before, EObject after) {
		List<Difference> differences = new ArrayList<>();
		if (before == null || after == null || before.eClass() != after.eClass()) {
			return differences;
		}
		if (before instanceof Step && after instanceof Step) {
			Stage from = (Stage) before.eContainer();
			Stage to = (Stage) after.eContainer();
			if (!Objects.equals(from.getName(), to.getName())) {
				differences.add(new Difference("stage", word("stage"), Labels.of(from), Labels.of(to)));
			}
		}
		for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
			if (feature.getName().equals("name") || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			String was = describe(feature, before.eGet(feature), before.eIsSet(feature));
			String is = describe(feature, after.eGet(feature), after.eIsSet(feature));
			if (!was.equals(is)) {
				differences.add(new Difference(feature.getName(), word(feature.getName()), was, is));
			}
		}
		return differences;
	}

	private static String word(String feature) {
		return WORDS.containsKey(feature) ? WORDS.getString(feature) : feature;
	}

	private static String describe(EStructuralFeature feature, Object value, boolean set) {
		return describe(feature, value, set, "; ");
	}

	/** A feature's value; the items of a list joined with {@code separator}. */
	private static String describe(EStructuralFeature feature, Object value, boolean set, String separator) {
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "no";
		}
		if (!set || value == null) {
			return NONE;
		}
		if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				return NONE;
			}
			List<String> items = new ArrayList<>();
			for (Object item : list) {
				items.add(one(feature, item));
			}
			return String.join(separator, items);
		}
		return one(feature, value);
	}

	private static String one(EStructuralFeature feature, Object value) {
		if (value instanceof NamedElement named) {
			// A referenced or contained element with a name of its own (a step of a stage) is said by its title.
			return named.eIsProxy() ? "?" : Labels.of(named);
		}
		if (value instanceof EObject contained) {
			return contents(contained);
		}
		if (feature instanceof EAttribute && value instanceof String text) {
			return "“" + text + "”";
		}
		if (value instanceof Integer score && feature.getEType().getName().equals("Score")) {
			return score > 0 ? "+" + score : String.valueOf(score);
		}
		return value instanceof Enumerator literal ? literal.getLiteral() : String.valueOf(value);
	}

	/** A contained element (a feeling, a wait, a pain point) as its values in order: `-1 “It felt rushed”`. */
	private static String contents(EObject element) {
		if (element instanceof Wait wait) {
			if (!wait.isSetAmount() || !wait.isSetUnit()) {
				return NONE;
			}
			String unit = wait.getUnit().getLiteral();
			return wait.getAmount() + " " + (wait.getAmount() == 1 ? unit.substring(0, unit.length() - 1) : unit);
		}
		List<String> parts = new ArrayList<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (element.eIsSet(feature) && !feature.isTransient()) {
				String value = describe(feature, element.eGet(feature), true, ", ");
				if (!value.equals(NONE)) {
					parts.add(feature.getName().equals("system") ? "in " + value : value);
				}
			}
		}
		return parts.isEmpty() ? NONE : String.join(" ", parts);
	}
}
