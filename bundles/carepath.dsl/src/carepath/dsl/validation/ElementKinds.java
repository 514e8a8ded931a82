package carepath.dsl.validation;

import org.eclipse.emf.ecore.EClass;

import carepath.model.CarepathPackage;

/** How messages name the kinds of element, in the modeller's words rather than the metamodel's. */
public final class ElementKinds {
	private ElementKinds() {
	}

	/** "need", "system", "journey"...; journeys and ecosystems together are "journey or ecosystem". */
	public static String of(EClass eClass) {
		return switch (eClass.getClassifierID()) {
		case CarepathPackage.INFORMATION_SYSTEM -> "system";
		case CarepathPackage.MAP_MODEL -> "journey or ecosystem";
		default -> eClass.getName().toLowerCase();
		};
	}

	/** The same, starting with a capital letter, to open a sentence. */
	public static String capitalized(EClass eClass) {
		String kind = of(eClass);
		return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
	}

	/** Journeys and ecosystems share one namespace, since `improves` may name either. */
	public static EClass namespace(EClass eClass) {
		return CarepathPackage.Literals.MAP_MODEL.isSuperTypeOf(eClass) ? CarepathPackage.Literals.MAP_MODEL : eClass;
	}
}
