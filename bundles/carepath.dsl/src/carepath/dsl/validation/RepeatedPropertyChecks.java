package carepath.dsl.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import carepath.model.CarepathPackage.Literals;

/**
 * The grammar lets properties come in any order, so a property that holds one value (`about`,
 * `scope`, `at`, `waits`...) can be written twice. The last one would silently win; say so instead.
 */
public class RepeatedPropertyChecks extends ComposedCheck {

	/** How the modeller writes a feature whose keyword differs from its name in the metamodel. */
	private static final Map<String, String> KEYWORDS = Map.of("personExperience", "person feels",
			"professionalExperience", "professional feels", "service", "at", "channel", "via", "actor", "by", "wait",
			"waits", "decidedBy", "decided by", "declinedPathway", "if declined", "improves", "improves");


	/** Only these are written with a `{ ... }` block where properties may come in any order. */
	private static final Set<EClass> WITH_PROPERTY_BLOCKS = Set.of(Literals.PERSONA, Literals.ECOSYSTEM,
			Literals.SERVICE, Literals.CONNECTION, Literals.JOURNEY, Literals.STEP);

	@Check
	public void singleValuedPropertyOnce(EObject object) {
		if (!WITH_PROPERTY_BLOCKS.contains(object.eClass())) {
			return;
		}
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return;
		}
		Map<String, INode> last = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		count(node, counts, last);
		counts.forEach((feature, count) -> {
			if (count > 1) {
				INode repeated = last.get(feature);
				getMessageAcceptor().acceptError(
						String.format("'%s' is given %d times here; only the last one would count. Keep one.",
								KEYWORDS.getOrDefault(feature, feature), count),
						object, repeated.getOffset(), repeated.getLength(), IssueCodes.REPEATED_PROPERTY);
			}
		});
	}

	/**
	 * One pass over the element's own nodes, counting how often each single-valued feature is
	 * written; unassigned rule calls (`TopLevelElement: Need | ...`) belong to the same element.
	 */
	private static void count(ICompositeNode node, Map<String, Integer> counts, Map<String, INode> last) {
		for (INode child : node.getChildren()) {
			EObject grammarElement = child.getGrammarElement();
			Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
			if (assignment == null) {
				if (child instanceof ICompositeNode composite && grammarElement instanceof RuleCall) {
					count(composite, counts, last);
				}
			} else if ("=".equals(assignment.getOperator()) || "?=".equals(assignment.getOperator())) {
				counts.merge(assignment.getFeature(), 1, Integer::sum);
				last.put(assignment.getFeature(), child);
			}
		}
	}
}
