package carepath.ui.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Issue;

import carepath.dsl.validation.IssueCodes;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.ui.editor.Snapshot;
import carepath.ui.quickfix.IssueNodes.UnresolvedName;

/**
 * A step `at` an unknown service: the service is added to the journey's ecosystem, after its
 * last service. Only when that ecosystem is written in the same text; a fix never changes
 * another file.
 */
final class CreateMissingService implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.UNRESOLVED_NAME;
	}

	@Override
	public List<TextFix> fixes(Issue issue, Snapshot snapshot) {
		UnresolvedName name = IssueNodes.unresolvedName(issue, snapshot).orElse(null);
		if (name == null || name.reference() != Literals.STEP__SERVICE || !name.isPlain()) {
			return List.of();
		}
		Journey journey = EcoreUtil2.getContainerOfType(name.owner(), Journey.class);
		Ecosystem ecosystem = journey == null ? null : journey.getEcosystem();
		if (ecosystem == null || ecosystem.eIsProxy() || ecosystem.eResource() != snapshot.resource()) {
			return List.of();
		}
		String line = String.format("service %s \"%s\" { }", name.text(), name.text());
		List<Service> services = ecosystem.getServices();
		Optional<Replacement> insertion = services.isEmpty() ? Insertions.intoBlock(snapshot.text(), ecosystem, line)
				: Insertions.after(snapshot.text(), services.get(services.size() - 1), line);
		return insertion.map(replacement -> List.of(new TextFix(
				String.format("Add service '%s' to ecosystem '%s'", name.text(), ecosystem.getName()), replacement)))
				.orElse(List.of());
	}
}
