package carepath.ui.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

import carepath.dsl.validation.IssueCodes;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Experience;
import carepath.ui.editor.Snapshot;

/** A score outside -2..+2 becomes the nearest end of the scale. */
final class ClampScore implements QuickFix {
	static final int LOWEST = -2;
	static final int HIGHEST = 2;

	@Override
	public String code() {
		return IssueCodes.SCORE_OUT_OF_RANGE;
	}

	@Override
	public List<TextFix> fixes(Issue issue, Snapshot snapshot) {
		Experience experience = IssueNodes.element(issue, snapshot, Experience.class).orElse(null);
		if (experience == null) {
			return List.of();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(experience, Literals.EXPERIENCE__SCORE);
		int score = experience.getScore();
		if (nodes.size() != 1 || score >= LOWEST && score <= HIGHEST) {
			return List.of();
		}
		INode node = nodes.get(0);
		String clamped = score > HIGHEST ? "+" + HIGHEST : Integer.toString(LOWEST);
		return List.of(new TextFix(String.format("Change the score to %s", clamped),
				new Replacement(node.getOffset(), node.getLength(), clamped)));
	}
}
