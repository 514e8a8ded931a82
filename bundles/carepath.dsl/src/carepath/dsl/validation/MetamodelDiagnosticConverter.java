package carepath.dsl.validation;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.Issue.IssueImpl;

import carepath.model.CarepathPackage.Literals;
import carepath.model.NamedElement;

/**
 * The metamodel's constraints (multiplicities, ranges) are checked by EMF's own validator, so they
 * hold for any model however it was built. Its messages speak of features and implementation
 * classes; this converter rephrases them for a service designer and gives them stable codes.
 */
public class MetamodelDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		if (diagnostic instanceof AbstractValidationDiagnostic
				|| !EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
			super.convertValidatorDiagnostic(diagnostic, acceptor);
			return;
		}
		if (diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES) {
			return; // unresolved names are reported by linking, with a suggestion
		}
		if (diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS && inFileWithSyntaxErrors(diagnostic)) {
			return; // half-parsed elements miss what the syntax error swallowed: fix the syntax first
		}
		super.convertValidatorDiagnostic(diagnostic, issue -> {
			rephrase(diagnostic, (IssueImpl) issue);
			acceptor.accept(issue);
		});
	}

	private static boolean inFileWithSyntaxErrors(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		if (!data.isEmpty() && data.get(0) instanceof EObject object && object.eResource() != null) {
			return object.eResource().getErrors().stream().anyMatch(XtextSyntaxDiagnostic.class::isInstance);
		}
		return false;
	}

	private void rephrase(Diagnostic diagnostic, IssueImpl issue) {
		List<?> data = diagnostic.getData();
		EObject object = data.size() > 0 && data.get(0) instanceof EObject o ? o : null;
		EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
		issue.setCode(IssueCodes.MODEL_CONSTRAINT);
		if (object == null || feature == null) {
			return;
		}
		switch (diagnostic.getCode()) {
		case EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS -> {
			if (feature == Literals.EXPERIENCE__SCORE) {
				issue.setCode(IssueCodes.SCORE_OUT_OF_RANGE);
				issue.setMessage(String.format("A score goes from -2 to +2; %s is outside that range.",
						signed((Integer) object.eGet(feature))));
			} else if (feature == Literals.WAIT__AMOUNT) {
				issue.setCode(IssueCodes.NEGATIVE_WAIT);
				issue.setMessage("A wait cannot be shorter than nothing: use 0 or more.");
			}
		}
		case EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS -> {
			if (!feature.isMany()) {
				issue.setCode(IssueCodes.MISSING_PROPERTY);
				issue.setMessage(String.format("%s needs %s: add `%s ...`.", describe(object),
						feature.getName(), feature.getName()));
			}
		}
		default -> {
			// keep EMF's message under the generic code
		}
		}
	}

	private static String describe(EObject object) {
		String name = object instanceof NamedElement named ? " '" + named.getName() + "'" : "";
		return ElementKinds.capitalized(object.eClass()) + name;
	}

	private static String signed(int score) {
		return score > 0 ? "+" + score : Integer.toString(score);
	}
}
