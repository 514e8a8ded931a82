package carepath.dsl.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * The grammar lets properties come in any order, so a property that holds one value (`about`,
 * `scope`, `at`, `waits`...) can be written twice. The last one would silently win; say so instead.
 */
public class RepeatedPropertyChecks extends ComposedCheck {

	/** How the modeller writes a feature whose keyword differs from its name in the metamodel. */
	private static final Map<String, String> KEYWORDS = Map.of("personExperience", "person feels",
			"professionalExperience", "professional feels", "service", "at", "channel", "via", "actor", "by", "wait",
			"waits", "decidedBy", "decided by", "declinedPathway", "if declined", "improves", "improves");

	private static String keyword(EStructuralFeature feature) {
		return KEYWORDS.getOrDefault(feature.getName(), feature.getName());
	}

	@Check
	public void singleValuedPropertyOnce(EObject object) {
		if (NodeModelUtils.getNode(object) == null) {
			return;
		}
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany() || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
			if (nodes.size() > 1) {
				INode repeated = nodes.get(nodes.size() - 1);
				getMessageAcceptor().acceptError(
						String.format("'%s' is given %d times here; only the last one would count. Keep one.",
								keyword(feature), nodes.size()),
						object, repeated.getOffset(), repeated.getLength(), IssueCodes.REPEATED_PROPERTY);
			}
		}
	}
}
