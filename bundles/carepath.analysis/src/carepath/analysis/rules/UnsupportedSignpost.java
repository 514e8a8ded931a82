package carepath.analysis.rules;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Labels;
import carepath.analysis.Journeys;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;
import carepath.model.Journey;

/**
 * Signposting without support, where a journey through the system follows a person with more
 * than one need: pointing them on alone is where people with co-occurring needs get lost.
 */
public class UnsupportedSignpost extends EcosystemRule {

	public UnsupportedSignpost() {
		super("unsupported-signpost", WorkshopQuestion.SIGNPOSTING_SUPPORT, Severity.WARNING,
				"signposting without support where a journey's persona has more than one need");
	}

	@Override
	void check(Ecosystem ecosystem, AnalysisContext context, Findings findings) {
		Journey withSeveralNeeds = null;
		for (Journey journey : context.journeysThrough(ecosystem)) {
			if (journey.getPersona() != null && !journey.getPersona().eIsProxy()
					&& journey.getPersona().getNeeds().size() > 1) {
				withSeveralNeeds = journey;
				break;
			}
		}
		if (withSeveralNeeds == null) {
			return;
		}
		for (Connection connection : context.graph(ecosystem).connections()) {
			if (connection.getKind() == ConnectionKind.SIGNPOST && !connection.isSupported()) {
				findings.report(connection, Literals.CONNECTION__TARGET, String.format(
						"Unsupported signposting: %s points people on alone. With %d needs at once, as %s has, people often do not"
								+ " get there without help: consider a supported handover.",
						Labels.titled(connection), withSeveralNeeds.getPersona().getNeeds().size(),
						Journeys.personName(withSeveralNeeds)));
			}
		}
	}
}
