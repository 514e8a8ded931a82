package carepath.analysis.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * The articulation points of an undirected graph, each with the number of vertices that removing
 * it would cut off from the largest piece left of its component: one depth-first search, kept on a
 * heap stack. JGraphT's BiconnectivityInspector recurses once per vertex (a chain of 20,000
 * services overflowed the thread's stack), and asking its connectivity again for every cut point
 * took quadratic time; Hopcroft and Tarjan's low points give both answers in one pass.
 */
final class CutPoints<V, E> {
	private final Graph<V, E> graph;
	private final Map<V, Integer> discovered = new HashMap<>();
	private final Map<V, Integer> low = new HashMap<>();
	private final Map<V, Integer> size = new HashMap<>();
	/** Per vertex: the sizes of the pieces its removal separates from the rest, summed, and the largest. */
	private final Map<V, int[]> separated = new LinkedHashMap<>();

	private CutPoints(Graph<V, E> graph) {
		this.graph = graph;
	}

	/** Each articulation point with the number of vertices cut off from the largest remaining piece. */
	static <V, E> Map<V, Integer> of(Graph<V, E> graph) {
		CutPoints<V, E> search = new CutPoints<>(graph);
		Map<V, Integer> cutOff = new LinkedHashMap<>();
		for (V root : graph.vertexSet()) {
			if (!search.discovered.containsKey(root)) {
				search.searchFrom(root, cutOff);
			}
		}
		return cutOff;
	}

	private record Frame<V, E>(V vertex, E parentEdge, Iterator<E> edges) {
	}

	private void searchFrom(V root, Map<V, Integer> cutOff) {
		Deque<Frame<V, E>> stack = new ArrayDeque<>();
		int[] time = { 0 };
		enter(root, null, stack, time);
		List<V> component = new ArrayList<>();
		while (!stack.isEmpty()) {
			Frame<V, E> frame = stack.peek();
			V vertex = frame.vertex();
			if (frame.edges().hasNext()) {
				E edge = frame.edges().next();
				if (edge == frame.parentEdge()) {
					continue;
				}
				V next = Graphs.getOppositeVertex(graph, edge, vertex);
				if (discovered.containsKey(next)) {
					low.merge(vertex, discovered.get(next), Math::min);
				} else {
					enter(next, edge, stack, time);
				}
				continue;
			}
			stack.pop();
			component.add(vertex);
			Frame<V, E> parent = stack.peek();
			if (parent != null) {
				V above = parent.vertex();
				low.merge(above, low.get(vertex), Math::min);
				size.merge(above, size.get(vertex), Integer::sum);
				if (low.get(vertex) >= discovered.get(above)) {
					int[] pieces = separated.computeIfAbsent(above, v -> new int[3]);
					pieces[0] += size.get(vertex);
					pieces[1] = Math.max(pieces[1], size.get(vertex));
					pieces[2]++;
				}
			}
		}
		int others = component.size() - 1;
		for (V vertex : component) {
			int[] pieces = separated.get(vertex);
			if (pieces == null) {
				continue;
			}
			int rest = others - pieces[0]; // the part still joined through the vertex's own ancestors
			int count = pieces[2] + (rest > 0 ? 1 : 0);
			if (count >= 2) {
				cutOff.put(vertex, others - Math.max(pieces[1], rest));
			}
		}
	}

	private void enter(V vertex, E parentEdge, Deque<Frame<V, E>> stack, int[] time) {
		discovered.put(vertex, time[0]);
		low.put(vertex, time[0]);
		size.put(vertex, 1);
		time[0]++;
		stack.push(new Frame<>(vertex, parentEdge, graph.edgesOf(vertex).iterator()));
	}
}
