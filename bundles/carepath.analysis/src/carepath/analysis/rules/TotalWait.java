package carepath.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.WaitTime;
import carepath.analysis.WorkshopQuestion;
import carepath.analysis.figures.JourneyFigures;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;
import carepath.model.Stage;

/** Informational: how long the person waits in all, and in which stages. */
public class TotalWait extends JourneyRule {

	public TotalWait() {
		super("total-wait", WorkshopQuestion.WAITING, Severity.INFO, "the total wait of a journey, stage by stage");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		Map<Stage, Long> perStage = JourneyFigures.waitPerStage(journey);
		long total = perStage.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return;
		}
		List<String> parts = new ArrayList<>();
		perStage.forEach((stage, wait) -> {
			if (wait > 0) {
				parts.add(Labels.title(stage) + " " + WaitTime.format(wait));
			}
		});
		findings.report(journey, Literals.NAMED_ELEMENT__NAME, String.format("%s waits %s in all: %s.",
				Journeys.personName(journey), WaitTime.format(total), String.join(", ", parts)));
	}
}
