package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.analysis.Labels;
import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.NamedElement;

/**
 * What the language holds for one element, as form fields for a properties panel: each feature
 * its grammar writes, with its value as text, whether and how it can be changed here
 * ({@link SetValue}, {@link SetList}: a list's value is one item per line), and the choices where
 * there are some. A single nested part (a wait, a feeling) is its words; lists of nested elements
 * (steps, cards) are shown, to be changed on the drawing.
 */
public final class ElementFields {
	private ElementFields() {
	}

	/** How a field is changed: typed text, one of the choices, or not here. */
	public enum Kind {
		TEXT, CHOICE, LIST, SHOWN
	}

	/** One field: the feature's name, its label in words, its value as written (or ""), and its choices. */
	public record Field(String feature, String label, Kind kind, String value, List<String> choices) {
	}

	public static List<Field> ofElement(ProjectTexts project, String name) throws EditRefused {
		return ofElement(project.parse(), name);
	}

	/** The fields read from a model set already parsed and checked, as an editor's latest snapshot holds it. */
	public static List<Field> ofElement(ModelSet set, String name) throws EditRefused {
		return fields(set, Rename.find(set, name));
	}

	public static List<Field> ofConnection(ModelSet set, ConnectionRef which) throws EditRefused {
		return fields(set, which.find(set));
	}

	private static List<Field> fields(ModelSet set, EObject element) {
		List<Field> fields = new ArrayList<>();
		for (Assignment assignment : WrittenFeatures.assignments(element)) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(assignment.getFeature());
			if (feature == null || fields.stream().anyMatch(f -> f.feature().equals(feature.getName()))) {
				continue;
			}
			fields.add(field(set, element, feature, WrittenFeatures.settable(element, assignment)));
		}
		return fields;
	}

	private static Field field(ModelSet set, EObject element, EStructuralFeature feature, boolean settable) {
		String label = label(feature);
		String value = shown(element, feature);
		if (element instanceof NamedElement && (feature == Literals.NAMED_ELEMENT__NAME || feature == Literals.NAMED_ELEMENT__TITLE)) {
			return new Field(feature.getName(), label, Kind.TEXT, feature == Literals.NAMED_ELEMENT__TITLE && value.isEmpty() ? "" : value,
					List.of());
		}
		if (feature == Literals.SERVICE__CATEGORY && element.eContainer() instanceof Ecosystem map) {
			List<String> choices = new ArrayList<>(List.of(""));
			map.getCategories().forEach(category -> choices.add(category.getName()));
			return new Field(feature.getName(), label, Kind.CHOICE, value, choices);
		}
		boolean flag = feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class;
		if (flag) { // in the block (`joint`) or before the element's keyword (`decision step`)
			return new Field(feature.getName(), label, Kind.CHOICE, value, List.of("no", "yes"));
		}
		boolean nested = feature instanceof EReference reference && reference.isContainment();
		if (!settable || nested && feature.isMany()) {
			return new Field(feature.getName(), label, Kind.SHOWN, value, List.of());
		}
		if (nested) { // a small part written in words of the language: `waits 3 weeks`, `person feels -1 "..."`
			return new Field(feature.getName(), label, Kind.TEXT, value, List.of());
		}
		if (feature.isMany()) {
			return new Field(feature.getName(), label, Kind.LIST, value, choices(set, feature));
		}
		List<String> choices = choices(set, feature);
		if (choices.isEmpty()) {
			return new Field(feature.getName(), label, Kind.TEXT, value, List.of());
		}
		List<String> withNone = new ArrayList<>(List.of(""));
		withNone.addAll(choices);
		return new Field(feature.getName(), label, Kind.CHOICE, value, withNone);
	}

	/** The words of the language (an enumeration's literals) or the names a value may take; none for text. */
	private static List<String> choices(ModelSet set, EStructuralFeature feature) {
		List<String> choices = new ArrayList<>();
		if (feature.getEType() instanceof EEnum type) {
			type.getELiterals().stream().map(EEnumLiteral::getLiteral).forEach(choices::add);
		} else if (feature instanceof EReference reference) {
			set.resourceSet().getAllContents().forEachRemaining(next -> {
				if (reference.getEReferenceType().isInstance(next) && next instanceof NamedElement named && named.getName() != null) {
					choices.add(named.getName());
				}
			});
		}
		return choices.stream().distinct().toList();
	}

	/** `decidedBy` reads "decided by", `accessCriteria` "access criteria". */
	static String label(EStructuralFeature feature) {
		return feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	/** The value as the text writes it; lists joined with "; "; nested elements as their text. */
	private static String shown(EObject element, EStructuralFeature feature) {
		Object value = element.eGet(feature);
		if (feature.isMany()) {
			boolean nested = feature instanceof EReference reference && reference.isContainment();
			List<String> items = new ArrayList<>();
			for (Object item : (EList<?>) value) {
				items.add(nested ? one(item) : item instanceof NamedElement named ? (named.eIsProxy() ? "?" : named.getName()) : one(item));
			}
			return String.join(nested ? "; " : "\n", items); // a list the panel changes: one item per line
		}
		if (feature instanceof EReference reference && reference.isContainment() && value instanceof EObject nested) {
			return NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(nested));
		}
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class) {
			return Boolean.TRUE.equals(value) ? "yes" : "no";
		}
		if (feature instanceof EReference reference && !reference.isContainment() || feature == Literals.NAMED_ELEMENT__NAME
				|| feature == Literals.NAMED_ELEMENT__TITLE) { // a single name, as the choices list it
			return value instanceof NamedElement named ? (named.eIsProxy() || named.getName() == null ? "?" : named.getName())
					: value == null ? "" : value.toString();
		}
		// A default written out (`state as-is`) is not "set" to EMF, but it is in the text.
		boolean written = element.eIsSet(feature) || !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
		return value == null || !written ? "" : one(value);
	}

	private static String one(Object item) {
		if (item instanceof NamedElement named) {
			return named.eIsProxy() ? "?" : named.getName() + (named.getTitle() == null ? "" : " (" + Labels.of(named) + ")");
		}
		if (item instanceof EObject nested) {
			return NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(nested));
		}
		if (item instanceof org.eclipse.emf.common.util.Enumerator literal) {
			return literal.getLiteral();
		}
		return String.valueOf(item);
	}
}
