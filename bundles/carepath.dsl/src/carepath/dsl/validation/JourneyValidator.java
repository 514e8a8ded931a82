package carepath.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The language's own rules, one concern per composed class. Constraints that belong to the model
 * itself (multiplicities, ranges) live in the metamodel and arrive through EMF's validator.
 */
@ComposedChecks(validators = { NameChecks.class, JourneyChecks.class, RepeatedPropertyChecks.class, ConnectionChecks.class,
		StepChecks.class, ImprovesChecks.class, WorkshopCheckBridge.class })
public class JourneyValidator extends AbstractJourneyValidator {
}
