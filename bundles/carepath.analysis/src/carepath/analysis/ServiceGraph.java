package carepath.analysis;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.DirectedPseudograph;

import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;
import carepath.model.Service;

/**
 * An ecosystem as a JGraphT graph: services are vertices; each referral and signpost is an edge
 * from source to target, and each declined pathway an edge from the refusing service to where
 * the person goes instead.
 */
public final class ServiceGraph {

	public enum HopKind {
		REFERRAL, SIGNPOST, DECLINED
	}

	/** One way a person moves on. Identity matters: two equal connections are two edges. */
	public static final class Hop {
		private final Connection connection;
		private final HopKind kind;

		Hop(Connection connection, HopKind kind) {
			this.connection = connection;
			this.kind = kind;
		}

		public Connection connection() {
			return connection;
		}

		public HopKind kind() {
			return kind;
		}
	}

	private final Graph<Service, Hop> directed = new DirectedPseudograph<>(Hop.class);
	private final List<Connection> connections = new ArrayList<>();

	public ServiceGraph(Ecosystem ecosystem) {
		for (Service service : ecosystem.getServices()) {
			directed.addVertex(service);
		}
		for (Connection connection : ecosystem.getConnections()) {
			Service source = live(connection.getSource());
			Service target = live(connection.getTarget());
			if (source == null || target == null) {
				continue;
			}
			connections.add(connection);
			add(source, target, new Hop(connection,
					connection.getKind() == ConnectionKind.SIGNPOST ? HopKind.SIGNPOST : HopKind.REFERRAL));
			Service declined = live(connection.getDeclinedPathway());
			if (declined != null) {
				add(target, declined, new Hop(connection, HopKind.DECLINED));
			}
		}
	}

	private void add(Service from, Service to, Hop hop) {
		// Services of another ecosystem may be named by mistake; the graph keeps them as vertices.
		directed.addVertex(from);
		directed.addVertex(to);
		directed.addEdge(from, to, hop);
	}

	private static Service live(Service service) {
		return service == null || service.eIsProxy() ? null : service;
	}

	/** Every way a person moves on, directed. */
	public Graph<Service, Hop> directed() {
		return directed;
	}

	/** The same graph with direction ignored: who is connected to whom at all. */
	public Graph<Service, Hop> undirected() {
		return new AsUndirectedGraph<>(directed);
	}

	/** The connections both of whose ends resolved. */
	public List<Connection> connections() {
		return connections;
	}
}
