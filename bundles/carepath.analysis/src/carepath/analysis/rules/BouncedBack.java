package carepath.analysis.rules;

import java.util.List;

import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Journeys;
import carepath.analysis.Labels;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Step;

/**
 * A person bounced back: declined somewhere, they end up again at a service they had already been
 * to, the journey going round rather than on. The system map's loops ({@link ReferralLoop}) show
 * where this can happen; this shows where it did. Once per refusal: the first return after it.
 */
public class BouncedBack extends JourneyRule {

	public BouncedBack() {
		super("bounced-back", WorkshopQuestion.GAPS, Severity.WARNING,
				"after being declined, the person is back at a service they had been to before");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		List<Step> steps = Journeys.frontstage(journey);
		for (int declined = 0; declined < steps.size(); declined++) {
			Step refusal = steps.get(declined);
			Service refusing = Journeys.service(refusal);
			if (!refusal.isDeclined() || refusing == null) {
				continue;
			}
			Step back = firstReturn(steps, declined);
			if (back != null) {
				findings.report(back, Literals.STEP__SERVICE, String.format(
						"%s is back at %s after being declined at %s: the journey goes round instead of on.",
						Journeys.personName(journey), Labels.title(Journeys.service(back)), Labels.title(refusing)));
			}
		}
	}

	/** The first step after the refusal at a service visited up to it, the refusing one included (a re-referral), or null. */
	private static Step firstReturn(List<Step> steps, int declined) {
		for (int later = declined + 1; later < steps.size(); later++) {
			Service service = Journeys.service(steps.get(later));
			for (int earlier = 0; service != null && earlier <= declined; earlier++) {
				if (Journeys.service(steps.get(earlier)) == service) {
					return steps.get(later);
				}
			}
		}
		return null;
	}
}
