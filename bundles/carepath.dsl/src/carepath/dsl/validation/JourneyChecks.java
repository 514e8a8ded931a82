package carepath.dsl.validation;

import org.eclipse.xtext.validation.Check;

import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;

/** A journey map needs stages to be a map: one without any is most likely not finished. */
public class JourneyChecks extends ComposedCheck {

	@Check
	public void hasStages(Journey journey) {
		if (journey.getStages().isEmpty()) {
			String title = journey.getTitle() != null && !journey.getTitle().isBlank() ? journey.getTitle() : journey.getName();
			warning(String.format("The journey '%s' has no stages yet: add one, such as stage first \"First contact\" { step ... }.",
					title), journey, Literals.NAMED_ELEMENT__NAME, IssueCodes.EMPTY_JOURNEY);
		}
	}
}
