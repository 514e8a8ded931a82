package carepath.analysis.rules;

import java.util.List;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.Threshold;
import carepath.analysis.WorkshopQuestion;
import carepath.analysis.figures.JourneyFigures;
import carepath.model.CarepathPackage.Literals;
import carepath.model.InformationSystem;
import carepath.model.Journey;

/** The person's information ends up in more IT systems than the project's limit. */
public class ManySystems extends JourneyRule {

	public ManySystems() {
		super("many-systems", WorkshopQuestion.INFORMATION_RECORDED, Severity.INFO,
				"the person's information is held in more IT systems than the systems-limit");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		List<InformationSystem> systems = JourneyFigures.systemsHoldingData(journey);
		if (systems.size() > context.threshold(Threshold.SYSTEMS_LIMIT)) {
			findings.report(journey, Literals.NAMED_ELEMENT__NAME, String.format(
					"%s's information is held in %d IT systems: %s.", Journeys.personName(journey), systems.size(),
					String.join(", ", systems.stream().map(Labels::title).toList())));
		}
	}
}
