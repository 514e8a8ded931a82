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
 * model's order respected (cycle breaking, and crossing minimisation between groups), so that a
 * small edit moves little. Large maps get the cheaper settings that keep them within a second.
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
		root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
		configureLevel(root, connections);
		// Model order only on the root: ELK 0.12.1 numbers it for the top level alone and fails
		// on these options inside a group when the hierarchy is laid out at once. Breaking cycles
		// by model order also keeps a large map's layering shallow: each layer an edge spans is a
		// dummy node that crossing minimisation and routing go through (1,000 services, 4,000
		// lines: a third of the width and half the line length of greedy cycle breaking).
		root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
		if (connections <= LARGE) {
			root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
			root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		} else {
			// The map is flat (see SystemMapGenerator): no hierarchy to lay out at once. Sorting by
			// model order is quadratic or worse in ELK 0.12 (minutes for 3,000 connections); a map
			// this large is not edited by hand, so stability matters less.
			root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
		}
	}

	static void configureGroup(ElkNode group, int connections) {
		group.setProperty(CoreOptions.PADDING, new ElkPadding(28, 14, 14, 14));
		configureLevel(group, connections);
	}

	/**
	 * The layered options of one level of the hierarchy. ELK reads them from the node whose
	 * children it places, even when laying out the whole hierarchy at once, so each group needs
	 * its own copy: set on the root alone they reach only the edges between groups.
	 */
	private static void configureLevel(ElkNode node, int connections) {
		node.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		node.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		node.setProperty(CoreOptions.RANDOM_SEED, 1);
		// Crossing minimisation is most of the time; fewer passes than ELK's default (7) save
		// about a quarter of a 60-service map's drawing time, for 1% more crossings (615, 607).
		node.setProperty(LayeredOptions.THOROUGHNESS, 3);
		node.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
		if (connections > LARGE) {
			node.setProperty(LayeredOptions.THOROUGHNESS, 1);
			node.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
		}
	}

	static void layout(ElkNode root) {
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
	}
}
