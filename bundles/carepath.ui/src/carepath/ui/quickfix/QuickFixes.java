package carepath.ui.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.validation.Issue;

import carepath.ui.editor.Snapshot;

/** The quick fixes of the journey editor, by the code of the problem they fix. */
public final class QuickFixes {
	private static final QuickFixes STANDARD = new QuickFixes(List.of(new DidYouMean(), new CreateMissingService(),
			new CreateMissingNeed(), new AddDeclinedPathway(), new ClampScore()));

	private final Map<String, List<QuickFix>> byCode = new LinkedHashMap<>();

	public QuickFixes(List<? extends QuickFix> fixes) {
		for (QuickFix fix : fixes) {
			byCode.computeIfAbsent(fix.code(), code -> new ArrayList<>()).add(fix);
		}
	}

	/** Every fix Carepath has. */
	public static QuickFixes standard() {
		return STANDARD;
	}

	/** The codes with at least one fix. */
	public Set<String> codes() {
		return byCode.keySet();
	}

	/** Whether problems of this code may have a fix (whether one applies depends on the problem). */
	public boolean handles(String code) {
		return code != null && byCode.containsKey(code);
	}

	/**
	 * The fixes for one issue of a snapshot, in the order of the registry, without repeats. A fix
	 * that fails offers nothing rather than disturbing the editor.
	 */
	public List<TextFix> fixes(Issue issue, Snapshot snapshot) {
		if (issue == null || snapshot == null || snapshot.resource() == null || !handles(issue.getCode())) {
			return List.of();
		}
		Set<TextFix> found = new LinkedHashSet<>();
		for (QuickFix fix : byCode.get(issue.getCode())) {
			try {
				found.addAll(fix.fixes(issue, snapshot));
			} catch (RuntimeException e) {
				log(fix, e);
			}
		}
		return new ArrayList<>(found);
	}

	private static void log(QuickFix fix, RuntimeException e) {
		String message = "Quick fix " + fix.getClass().getSimpleName() + " failed";
		if (Platform.isRunning()) {
			ILog.of(QuickFixes.class).log(Status.warning(message, e));
		} else {
			System.err.println(message + ": " + e);
		}
	}
}
