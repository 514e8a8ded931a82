package carepath.analysis.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import carepath.analysis.ServiceGraph;
import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;
import carepath.model.Need;
import carepath.model.Service;

/** The figures of one system map. */
public final class EcosystemFigures {
	private EcosystemFigures() {
	}

	public static List<Figure> of(Ecosystem ecosystem) {
		ServiceGraph graph = new ServiceGraph(ecosystem);
		List<Connection> connections = graph.connections();
		List<Figure> figures = new ArrayList<>();
		figures.add(Figure.count("services", "Services", ecosystem.getServices().size()));
		figures.add(Figure.count("categories", "Categories", ecosystem.getCategories().size()));
		figures.add(Figure.count("connections", "Connections", connections.size()));
		figures.add(Figure.count("referrals", "Referrals", count(connections, ConnectionKind.REFERRAL)));
		figures.add(Figure.count("signposts", "Signposts", count(connections, ConnectionKind.SIGNPOST)));
		figures.add(Figure.count("supported-signposts", "Supported signposts",
				connections.stream().filter(c -> c.getKind() == ConnectionKind.SIGNPOST && c.isSupported()).count()));
		figures.add(Figure.count("declined-pathways", "Declined pathways",
				connections.stream().filter(c -> c.getDeclinedPathway() != null).count()));
		figures.add(Figure.count("joint-decisions", "Joint decisions", connections.stream().filter(Connection::isJoint).count()));
		figures.add(Figure.count("isolated-services", "Isolated services", ecosystem.getServices().stream()
				.filter(s -> graph.directed().degreeOf(s) == 0).count()));
		Set<Need> met = new HashSet<>();
		for (Service service : ecosystem.getServices()) {
			service.getMeets().stream().filter(n -> !n.eIsProxy()).forEach(met::add);
		}
		figures.add(Figure.count("needs-met", "Needs met", met.size()));
		return figures;
	}

	private static long count(List<Connection> connections, ConnectionKind kind) {
		return connections.stream().filter(c -> c.getKind() == kind).count();
	}
}
