package carepath.dsl.validation;

import org.eclipse.xtext.validation.Check;

import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;

/** A connection must lead somewhere else, and so must the pathway taken when it is declined. */
public class ConnectionChecks extends ComposedCheck {

	@Check
	public void connectionToItself(Connection connection) {
		if (connection.getSource() != null && !connection.getSource().eIsProxy()
				&& connection.getSource() == connection.getTarget()) {
			error(String.format("A %s from '%s' to itself goes nowhere: point it at another service.",
					connection.getKind().getLiteral(), connection.getSource().getName()), connection,
					Literals.CONNECTION__TARGET, IssueCodes.SELF_CONNECTION);
		}
	}

	@Check
	public void declinedPathwayBackToTarget(Connection connection) {
		if (connection.getDeclinedPathway() != null && !connection.getDeclinedPathway().eIsProxy()
				&& connection.getDeclinedPathway() == connection.getTarget()) {
			error(String.format(
					"When '%s' declines, the person cannot be sent to '%s' again: name where they go instead.",
					connection.getTarget().getName(), connection.getTarget().getName()), connection,
					Literals.CONNECTION__DECLINED_PATHWAY, IssueCodes.DECLINED_TO_TARGET);
		}
	}
}
