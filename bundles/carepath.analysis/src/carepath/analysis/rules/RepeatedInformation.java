package carepath.analysis.rules;

import java.util.HashMap;
import java.util.Map;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.analysis.figures.InformationItems;
import carepath.model.CarepathPackage.Literals;
import carepath.model.InformationGathering;
import carepath.model.Journey;
import carepath.model.Step;

/**
 * Tell it once: the same information gathered at more than one step, whether it goes into the same
 * IT system or another. Items match ignoring case, spacing and final punctuation.
 */
public class RepeatedInformation extends JourneyRule {

	private record FirstAsked(Step step, InformationGathering gathering) {
	}

	public RepeatedInformation() {
		super("repeated-information", WorkshopQuestion.REPETITION, Severity.WARNING,
				"the same information gathered at more than one step (tell it once)");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		Map<String, FirstAsked> first = new HashMap<>();
		for (Step step : Journeys.steps(journey)) {
			for (InformationGathering gathering : step.getGathers()) {
				for (int index = 0; index < gathering.getItems().size(); index++) {
					String item = gathering.getItems().get(index);
					FirstAsked earlier = first.putIfAbsent(InformationItems.key(item), new FirstAsked(step, gathering));
					if (earlier != null && earlier.step() != step) {
						findings.report(gathering, Literals.INFORMATION_GATHERING__ITEMS, index, String.format(
								"\"%s\" is gathered again: it was already gathered at step %s%s.", item,
								Labels.title(earlier.step()), systems(earlier.gathering(), gathering)));
					}
				}
			}
		}
	}

	private static String systems(InformationGathering before, InformationGathering now) {
		String was = SystemNames.of(before.getSystem());
		String is = SystemNames.of(now.getSystem());
		if (was == null && is == null) {
			return "";
		}
		if (was != null && was.equals(is)) {
			return " into the same system, " + Labels.title(now.getSystem());
		}
		was = was == null ? null : Labels.title(before.getSystem());
		is = is == null ? null : Labels.title(now.getSystem());
		return String.format(" (into %s, now into %s)", was == null ? "no named system" : was,
				is == null ? "no named system" : is);
	}
}
