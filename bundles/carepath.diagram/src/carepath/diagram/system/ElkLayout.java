package carepath.diagram.system;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

/**
 * ELK layered, set up for system maps: left to right, groups laid out with their contents, and the
 * model's order respected (cycle breaking and crossing minimisation), so that a small edit moves
 * little. Large maps get the cheaper settings that keep them within a second.
 */
final class ElkLayout {
	/** Connections above which the cheaper settings apply. */
	static final int LARGE = 600;

	static {
		// Outside an Eclipse runtime nothing registers the layered algorithm for us.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private ElkLayout() {
	}

	static void configureRoot(ElkNode root, int connections) {
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
		// Measured on a 60-service map: these two halve the time crossing minimisation takes,
		// at a cost in crossings too small to see on maps of this size.
		root.setProperty(LayeredOptions.THOROUGHNESS, 3);
		root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
		if (connections > LARGE) {
			// Sorting by model order is quadratic or worse in ELK 0.12 (minutes for 3,000
			// connections); a map this large is not edited by hand, so stability matters less.
			root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NONE);
			root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.GREEDY);
			root.setProperty(LayeredOptions.THOROUGHNESS, 1);
			root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
		}
	}

	static void configureGroup(ElkNode group) {
		group.setProperty(CoreOptions.PADDING, new ElkPadding(28, 14, 14, 14));
	}

	static void layout(ElkNode root) {
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
	}
}
