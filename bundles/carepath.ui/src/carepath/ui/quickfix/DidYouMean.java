package carepath.ui.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.validation.Issue;

import carepath.dsl.linking.NameSuggester;
import carepath.dsl.validation.IssueCodes;
import carepath.ui.JourneyServices;
import carepath.ui.editor.Snapshot;
import carepath.ui.quickfix.IssueNodes.UnresolvedName;

/**
 * An unresolved name becomes a close name that is visible there. The linking message's own
 * suggestion (carried as the issue's data) comes first; a few more come from the same scope,
 * ranked the same way.
 */
final class DidYouMean implements QuickFix {
	/** At most this many names are offered. */
	static final int MAX_SUGGESTIONS = 3;
	/** Scopes larger than this are not searched, as in the linking message. */
	private static final int MAX_CANDIDATES = 5_000;

	@Override
	public String code() {
		return IssueCodes.UNRESOLVED_NAME;
	}

	@Override
	public List<TextFix> fixes(Issue issue, Snapshot snapshot) {
		Optional<UnresolvedName> found = IssueNodes.unresolvedName(issue, snapshot);
		if (found.isEmpty()) {
			return List.of();
		}
		UnresolvedName name = found.get();
		Set<String> suggestions = new LinkedHashSet<>();
		String[] data = issue.getData();
		if (data != null && data.length == 1 && data[0] != null && !data[0].isBlank()) {
			suggestions.add(data[0]);
		}
		suggestions.addAll(closeNames(name));
		suggestions.remove(name.text());
		List<TextFix> fixes = new ArrayList<>();
		for (String suggestion : suggestions) {
			if (fixes.size() == MAX_SUGGESTIONS) {
				break;
			}
			fixes.add(new TextFix(String.format("Change to '%s'", suggestion),
					new Replacement(name.node().getOffset(), name.node().getLength(), suggestion)));
		}
		return fixes;
	}

	/** The names visible where the name is written, closest first, as the linking message ranks them. */
	private static List<String> closeNames(UnresolvedName name) {
		IScopeProvider scopes = JourneyServices.injector().getInstance(IScopeProvider.class);
		List<String> remaining = new ArrayList<>();
		for (IEObjectDescription candidate : scopes.getScope(name.owner(), name.reference()).getAllElements()) {
			remaining.add(candidate.getName().toString());
			if (remaining.size() > MAX_CANDIDATES) {
				return List.of();
			}
		}
		List<String> closest = new ArrayList<>();
		while (closest.size() < MAX_SUGGESTIONS) {
			Optional<String> next = NameSuggester.closest(name.text(), remaining);
			if (next.isEmpty()) {
				break;
			}
			closest.add(next.get());
			remaining.removeIf(next.get()::equals);
		}
		return closest;
	}
}
