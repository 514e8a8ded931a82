package carepath.dsl.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import carepath.dsl.validation.ElementKinds;
import carepath.dsl.validation.IssueCodes;

/**
 * Unresolved names get a message that says what kind of thing was looked for and, where a
 * visible name is close, which one was probably meant. The suggestion travels as issue data so
 * that a quick fix can apply it.
 */
public class DidYouMeanMessageProvider extends LinkingDiagnosticMessageProvider {

	/** Scopes larger than this are not searched for a suggestion, to keep validation fast. */
	private static final int MAX_CANDIDATES = 5_000;

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String typed = context.getLinkText();
		EClass type = context.getReference().getEReferenceType();
		String message = String.format("No %s named '%s' is known here.", ElementKinds.of(type), typed);
		Optional<String> suggestion = suggest(context, typed);
		if (suggestion.isPresent()) {
			message += String.format(" Did you mean '%s'?", suggestion.get());
			return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_NAME,
					suggestion.get());
		}
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_NAME);
	}

	private Optional<String> suggest(ILinkingDiagnosticContext context, String typed) {
		List<String> names = new ArrayList<>();
		for (IEObjectDescription candidate : scopeProvider.getScope(context.getContext(), context.getReference())
				.getAllElements()) {
			names.add(candidate.getName().toString());
			if (names.size() > MAX_CANDIDATES) {
				return Optional.empty();
			}
		}
		return NameSuggester.closest(typed, names);
	}
}
