package carepath.ui.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.validation.Issue;

import carepath.dsl.validation.IssueCodes;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Model;
import carepath.model.Need;
import carepath.model.TopLevelElement;
import carepath.ui.editor.Snapshot;
import carepath.ui.quickfix.IssueNodes.UnresolvedName;

/**
 * An unknown need (after `needs` or `meets`) is declared at the top of the same text: after its
 * last need, or before its first element when it has none.
 */
final class CreateMissingNeed implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.UNRESOLVED_NAME;
	}

	@Override
	public List<TextFix> fixes(Issue issue, Snapshot snapshot) {
		UnresolvedName name = IssueNodes.unresolvedName(issue, snapshot).orElse(null);
		if (name == null || name.reference().getEReferenceType() != Literals.NEED || !name.isPlain()
				|| snapshot.resource().getContents().isEmpty()
				|| !(snapshot.resource().getContents().get(0) instanceof Model model) || model.getElements().isEmpty()) {
			return List.of();
		}
		String line = String.format("need %s \"%s\"", name.text(), name.text());
		Need lastNeed = null;
		for (TopLevelElement element : model.getElements()) {
			if (element instanceof Need need) {
				lastNeed = need;
			}
		}
		Optional<Replacement> insertion = lastNeed != null ? Insertions.after(snapshot.text(), lastNeed, line)
				: Insertions.before(snapshot.text(), model.getElements().get(0), line);
		return insertion.map(replacement -> List.of(new TextFix(String.format("Add need '%s'", name.text()), replacement)))
				.orElse(List.of());
	}
}
