package carepath.dsl.validation;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Step;

/** A step happens at a service of its journey's ecosystem. */
public class StepChecks extends ComposedCheck {

	@Check
	public void serviceInJourneysEcosystem(Step step) {
		Service service = step.getService();
		Journey journey = EcoreUtil2.getContainerOfType(step, Journey.class);
		if (service == null || service.eIsProxy() || journey == null) {
			return;
		}
		Ecosystem ecosystem = journey.getEcosystem();
		Ecosystem owner = EcoreUtil2.getContainerOfType(service, Ecosystem.class);
		if (ecosystem == null || ecosystem.eIsProxy() || owner == ecosystem) {
			return;
		}
		error(String.format("'%s' is a service of '%s', not of '%s', the ecosystem of journey '%s'.",
				service.getName(), owner == null ? "no ecosystem" : owner.getName(), ecosystem.getName(),
				journey.getName()), step, Literals.STEP__SERVICE, IssueCodes.SERVICE_OUTSIDE_ECOSYSTEM);
	}
}
