package carepath.analysis.rules;

import carepath.analysis.Labels;
import carepath.analysis.AnalysisContext;
import carepath.analysis.Findings;
import carepath.analysis.Severity;
import carepath.analysis.WorkshopQuestion;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Journey;
import carepath.model.Stage;

/** A stage with no steps yet. */
public class EmptyStage extends JourneyRule {

	public EmptyStage() {
		super("empty-stage", WorkshopQuestion.COMPLETENESS, Severity.WARNING, "a stage with no steps");
	}

	@Override
	void check(Journey journey, AnalysisContext context, Findings findings) {
		for (Stage stage : journey.getStages()) {
			if (stage.getSteps().isEmpty()) {
				findings.report(stage, Literals.NAMED_ELEMENT__NAME,
						String.format("Stage %s has no steps yet.", Labels.title(stage)));
			}
		}
	}
}
