package carepath.analysis.rules;

import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.analysis.privacy.IdentifierMatch;
import carepath.analysis.privacy.PersonalIdentifierScanner;
import carepath.model.Journey;
import carepath.model.Persona;
import carepath.model.TopLevelElement;

/**
 * The privacy guard: free text of a persona or journey, which should describe an anonymised
 * case, that looks like a personal identifier. System maps describe services, whose phone numbers
 * and addresses are public, so they are not scanned. The finding does not repeat the identifier,
 * so reports and logs do not spread it further.
 */
public class PersonalIdentifier extends BaseRule {
	private static final PersonalIdentifierScanner SCANNER = new PersonalIdentifierScanner();

	public PersonalIdentifier() {
		super("personal-identifier", WorkshopQuestion.ANONYMISED, Severity.ERROR,
				"free text in a persona or journey that looks like a personal identifier (NHS, CHI or BSN number, e-mail, phone, postcode, date of birth)");
	}

	@Override
	public void check(TopLevelElement element, AnalysisContext context, Findings findings) {
		if (!(element instanceof Persona || element instanceof Journey)) {
			return;
		}
		scan(element, findings);
		for (TreeIterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
			scan(contents.next(), findings);
		}
	}

	private static void scan(EObject owner, Findings findings) {
		for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || !owner.eIsSet(attribute)) {
				continue;
			}
			Object value = owner.eGet(attribute);
			if (value instanceof List<?> texts) {
				for (int index = 0; index < texts.size(); index++) {
					scan(owner, attribute, index, (String) texts.get(index), findings);
				}
			} else {
				scan(owner, attribute, -1, (String) value, findings);
			}
		}
	}

	private static void scan(EObject owner, EAttribute attribute, int index, String text, Findings findings) {
		for (IdentifierMatch match : SCANNER.scan(text)) {
			findings.report(owner, attribute, index, String.format(
					"This text looks like it holds a personal identifier (%s); an anonymised case should not. Replace it with a made-up or general detail.",
					match.kind().label()));
		}
	}
}
