package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.InformationGathering;
import carepath.model.Journey;
import carepath.model.Step;

/** Information gathered with no IT system named: nobody can say where it went. */
public class NoSystem extends JourneyRule {

	public NoSystem() {
		super("no-system", WorkshopQuestion.INFORMATION_RECORDED, Severity.WARNING,
				"information gathered with no IT system named");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		for (Step step : Journeys.steps(journey)) {
			for (InformationGathering gathering : step.getGathers()) {
				if (gathering.getSystem() == null) {
					findings.report(gathering, Literals.INFORMATION_GATHERING__ITEMS, 0, String.format(
							"Where \"%s\" is recorded is not said: name the system with 'in SYSTEM'.",
							String.join("\", \"", gathering.getItems())));
				}
			}
		}
	}
}
