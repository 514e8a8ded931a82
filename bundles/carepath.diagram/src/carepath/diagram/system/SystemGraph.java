package carepath.diagram.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkGraphFactory;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import carepath.analysis.Labels;
import carepath.diagram.Ids;
import carepath.diagram.Paragraph;
import carepath.diagram.SourceLocator;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;
import carepath.diagram.Trace;
import carepath.diagram.system.SystemMapGenerator.Grouping;
import carepath.diagram.system.SystemMapGenerator.Options;
import carepath.model.Category;
import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;
import carepath.model.Service;
import carepath.model.Setting;

import static carepath.diagram.system.SystemMapGenerator.LABEL_WIDTH;
import static carepath.diagram.system.SystemMapGenerator.PAD;
import static carepath.diagram.system.SystemMapGenerator.SERVICE_WIDTH;
import static carepath.diagram.system.SystemMapGenerator.SMALL;
import static carepath.diagram.system.SystemMapGenerator.TITLE;

/**
 * The system map's model as an ELK graph, before layout: a node per service (sized to its text),
 * a node per group holding them, an edge per connection and per declined pathway with its label
 * sized; what each ELK element stands for is kept beside it for {@link SystemDrawing}.
 */
final class SystemGraph {
	private final Ecosystem ecosystem;
	private final SourceLocator locator;
	private final Options options;
	final ElkNode root = ElkGraphUtil.createGraph();
	final Map<String, ElkNode> groups = new LinkedHashMap<>();
	final Map<ElkNode, String> groupIds = new LinkedHashMap<>();
	/** The category a group shows, so a click on it leads to its line (none for a group of a setting). */
	final Map<ElkNode, Trace> groupTraces = new LinkedHashMap<>();
	final Map<Service, ElkNode> serviceNodes = new LinkedHashMap<>();
	final Map<ElkNode, List<TextLine>> serviceText = new LinkedHashMap<>();
	final Map<ElkEdge, EdgeFacts> edgeFacts = new LinkedHashMap<>();
	/**
	 * Whether services sit in group boxes. ELK spends most of its time on edges that cross group
	 * borders (seconds for thousands), so very large maps are laid out flat and each service
	 * names its group instead.
	 */
	final boolean grouped;

	/** What an ELK edge stands for, and the wrapped lines of its label. */
	record EdgeFacts(String id, String role, Connection connection, List<String> label) {
	}

	SystemGraph(Ecosystem ecosystem, SourceLocator locator, Options options) {
		this.ecosystem = ecosystem;
		this.locator = locator;
		this.options = options;
		int connections = ecosystem.getConnections().size();
		grouped = connections <= ElkLayout.LARGE;
		ElkLayout.configureRoot(root, connections);
		for (Service service : ecosystem.getServices()) {
			service(service);
		}
		boolean labels = connections <= ElkLayout.LARGE;
		Map<Connection, String> ids = Ids.connections(ecosystem);
		for (Connection connection : ecosystem.getConnections()) {
			connection(connection, ids.get(connection), labels);
		}
	}

	private void service(Service service) {
		ElkNode parent = group(service);
		List<TextLine> text = new ArrayList<>();
		double inner = SERVICE_WIDTH - 2 * PAD;
		Paragraph title = Paragraph.of(Labels.of(service), PAD, PAD, inner, TITLE, true);
		text.addAll(title.lines());
		double y = PAD + title.height();
		List<String> facts = new ArrayList<>();
		if (!grouped && parent != root) {
			facts.add(parent.getLabels().get(0).getText());
			parent = root;
		}
		service.getSettings().forEach(setting -> facts.add(setting.getLiteral()));
		if (service.isSetSector()) {
			facts.add(service.getSector().getLiteral());
		}
		if (!facts.isEmpty()) {
			Paragraph detail = Paragraph.of(String.join(" · ", facts), PAD, y + 2, inner, SMALL, false);
			text.addAll(detail.lines());
			y += 2 + detail.height();
		}
		if (options.detail()) {
			// The first questions of a systems-mapping workshop: what does it offer, and who can use it?
			for (String[] line : new String[][] { { "Provides", String.join("; ", service.getProvides()) },
					{ "Access", String.join("; ", service.getAccessCriteria()) } }) {
				if (!line[1].isBlank()) {
					Paragraph detail = Paragraph.of(line[0] + ": " + line[1], PAD, y + 3, inner, SMALL, false);
					text.addAll(detail.lines());
					y += 3 + detail.height();
				}
			}
		}
		ElkNode node = ElkGraphUtil.createNode(parent);
		node.setDimensions(SERVICE_WIDTH, y + PAD);
		serviceNodes.put(service, node);
		serviceText.put(node, text);
	}

	/** The group node a service belongs in, made on first use; the root when it has no group. */
	private ElkNode group(Service service) {
		String key;
		String label;
		String id;
		if (options.grouping() == Grouping.SETTING) {
			Setting setting = service.getSettings().isEmpty() ? null : service.getSettings().get(0);
			key = setting == null ? "no setting" : setting.getLiteral();
			label = setting == null ? "Setting not given" : capitalized(setting.getLiteral());
			id = "setting/" + ecosystem.getName() + "/" + key;
		} else {
			Category category = service.getCategory();
			if (category == null || category.eIsProxy()) {
				return root;
			}
			key = category.getName();
			label = Labels.of(category);
			id = Ids.category(category);
		}
		return groups.computeIfAbsent(key, k -> {
			// On a flat map the group stays out of the graph; only its label is used.
			ElkNode group = grouped ? ElkGraphUtil.createNode(root) : ElkGraphFactory.eINSTANCE.createElkNode();
			ElkLayout.configureGroup(group, ecosystem.getConnections().size());
			ElkGraphUtil.createLabel(label, group);
			groupIds.put(group, id);
			if (options.grouping() != Grouping.SETTING) {
				groupTraces.put(group, Trace.of(service.getCategory(), locator));
			}
			return group;
		});
	}

	private void connection(Connection connection, String id, boolean labels) {
		ElkNode source = node(connection.getSource());
		ElkNode target = node(connection.getTarget());
		if (source == null || target == null) {
			return;
		}
		boolean signpost = connection.getKind() == ConnectionKind.SIGNPOST;
		String role = (signpost ? "signpost" : "referral") + (connection.isSupported() ? " supported" : "")
				+ (connection.isJoint() ? " joint" : "");
		edge(source, target, new EdgeFacts(id, role, connection, labels ? wrap(labelOf(connection)) : List.of()));
		ElkNode declined = node(connection.getDeclinedPathway());
		if (declined != null) {
			edge(target, declined, new EdgeFacts("declined/" + id, "declined-pathway", connection,
					labels ? List.of("if declined") : List.of()));
		}
	}

	private void edge(ElkNode source, ElkNode target, EdgeFacts facts) {
		ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
		ElkGraphUtil.updateContainment(edge);
		if (!facts.label().isEmpty()) {
			double width = facts.label().stream().mapToDouble(line -> TextMeasurer.width(line, SMALL, false)).max().orElse(0);
			ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", facts.label()), edge);
			label.setDimensions(width + 4, facts.label().size() * TextMeasurer.lineHeight(SMALL) + 2);
		}
		edgeFacts.put(edge, facts);
	}

	/** What a connection's line says: its criteria, who decides, whether jointly, whether supported. */
	static String labelOf(Connection connection) {
		List<String> parts = new ArrayList<>();
		if (connection.getTitle() != null) {
			parts.add(connection.getTitle());
		}
		if (!connection.getCriteria().isEmpty()) {
			parts.add("criteria: " + String.join("; ", connection.getCriteria()));
		}
		if (connection.getDecidedBy() != null) {
			parts.add("decided by " + connection.getDecidedBy() + (connection.isJoint() ? " (joint)" : ""));
		} else if (connection.isJoint()) {
			parts.add("joint decision");
		}
		if (connection.isSupported()) {
			parts.add("supported");
		}
		return String.join(" · ", parts);
	}

	private static List<String> wrap(String text) {
		return text.isEmpty() ? List.of() : TextMeasurer.wrap(text, LABEL_WIDTH, SMALL, false);
	}

	ElkNode node(Service service) {
		return service == null || service.eIsProxy() ? null : serviceNodes.get(service);
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
