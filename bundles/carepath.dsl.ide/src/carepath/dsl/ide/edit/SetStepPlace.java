package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Channel;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Step;

/**
 * Sets where a step happens and how (the journey map's chooser of the ecosystem's services): `at
 * SERVICE` and `via CHANNEL`; what is written changes in place, what is missing is added to the
 * step (`at cafe via phone` as one line when both are new). A service of the journey's own
 * ecosystem is written by its name, one of another by its full name.
 */
public final class SetStepPlace {
	private SetStepPlace() {
	}

	/** {@code serviceName} or {@code channel} null: that one stays as it is. */
	public static List<TextEdit> of(ProjectTexts project, String stepName, String serviceName, Channel channel) throws EditRefused {
		ModelSet set = project.parse();
		Step step = Edits.step(set, stepName);
		Service service = serviceName == null ? null : Edits.service(set, serviceName);
		String serviceWords = service == null ? null : written(service, (Journey) step.eContainer().eContainer());
		return Edits.checked(project, set, step, "setting where " + stepName + " happens", (file, text) -> {
			List<INode> at = NodeModelUtils.findNodesForFeature(step, Literals.STEP__SERVICE);
			List<INode> via = NodeModelUtils.findNodesForFeature(step, Literals.STEP__CHANNEL);
			List<TextEdit> edits = new ArrayList<>();
			String newLine = "";
			if (serviceWords != null) {
				if (!at.isEmpty()) {
					edits.add(new TextEdit(file, at.get(0).getOffset(), at.get(0).getLength(), serviceWords));
				} else {
					newLine = "at " + serviceWords;
				}
			}
			if (channel != null) {
				if (!via.isEmpty()) {
					edits.add(new TextEdit(file, via.get(0).getOffset(), via.get(0).getLength(), channel.getLiteral()));
				} else if (!newLine.isEmpty() || at.isEmpty()) {
					newLine = (newLine + " via " + channel.getLiteral()).strip();
				} else {
					edits.add(new TextEdit(file, at.get(0).getEndOffset(), 0, " via " + channel.getLiteral())); // `at gp` becomes `at gp via phone`
				}
			}
			if (!newLine.isEmpty()) {
				edits.add(NodeText.intoBlock(file, text, step, newLine));
			}
			Edits.refuseOverlaps(edits);
			return edits;
		});
	}

	private static String written(Service service, Journey journey) {
		boolean own = journey.getEcosystem() != null && journey.getEcosystem() == service.eContainer();
		return own ? service.getName() : ((carepath.model.Ecosystem) service.eContainer()).getName() + "." + service.getName();
	}
}
