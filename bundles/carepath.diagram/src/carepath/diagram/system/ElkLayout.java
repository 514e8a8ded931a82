package carepath.diagram.system;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.InternalProperties;
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
 * model's order respected (cycle breaking, and crossing minimisation between groups and inside
 * small ones), so that a small edit moves little. Large maps get the cheaper settings that keep
 * them within a second.
 */
final class ElkLayout {
	/** Connections above which the cheaper settings apply. */
	static final int LARGE = 600;
	/**
	 * Services a group may hold and still keep them in the model's order. Beyond this, holding the
	 * order costs crossings (in one generated group: an eighth more at 16 services, a third more at
	 * 32 and at 60) and time (a 60-service group takes three times as long).
	 */
	static final int SMALL_GROUP = 12;

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
		// on these options inside a group when the hierarchy is laid out at once (small groups
		// get it in keepOrderInSmallGroups). Breaking cycles by model order also keeps a large
		// map's layering shallow: each layer an edge spans is a dummy node that crossing
		// minimisation and routing go through (1,000 services, 4,000 lines: a third of the width
		// and half the line length of greedy cycle breaking).
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
		keepOrderInSmallGroups(root);
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
	}

	/**
	 * Inside a small group, crossing minimisation keeps the services in the model's order, so
	 * that a connection added elsewhere does not reshuffle the group: over every connection one
	 * could add to the mental health map, the services moved 36 px on average instead of 55 (the
	 * heart failure map: 39 instead of 97). Done once the groups are filled, as it depends on
	 * their size.
	 */
	private static void keepOrderInSmallGroups(ElkNode root) {
		if (root.getProperty(CoreOptions.HIERARCHY_HANDLING) != HierarchyHandling.INCLUDE_CHILDREN) {
			return;
		}
		int nodes = root.getChildren().size();
		for (ElkNode child : root.getChildren()) {
			nodes += child.getChildren().size();
		}
		for (ElkNode group : root.getChildren()) {
			int services = group.getChildren().size();
			if (services > 0 && services <= SMALL_GROUP) {
				group.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.PREFER_NODES);
				group.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
				// ELK 0.12.1 counts the model order for the top level only, and these options fail
				// with a NullPointerException inside a group without it (eclipse-elk/elk #1173,
				// #1182). The group's options are copied to its own graph, so the count is given
				// here: every node of the hierarchy, as ELK numbers them.
				group.setProperty(InternalProperties.MAX_MODEL_ORDER_NODES, nodes);
			}
		}
	}
}
