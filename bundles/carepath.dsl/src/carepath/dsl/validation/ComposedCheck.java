package carepath.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import carepath.model.CarepathPackage;

/** Base of the checks composed into {@link JourneyValidator}: they register through it, not alone. */
abstract class ComposedCheck extends AbstractDeclarativeValidator {
	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CarepathPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into JourneyValidator
	}
}
