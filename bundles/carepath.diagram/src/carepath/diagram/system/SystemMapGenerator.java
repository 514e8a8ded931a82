package carepath.diagram.system;

import carepath.diagram.Typography;
import carepath.diagram.Diagram;
import carepath.diagram.FindingIndex;
import carepath.diagram.SourceLocator;
import carepath.model.Ecosystem;
import carepath.model.Journey;

/**
 * The system map: services as boxes showing setting and sector, grouped in their categories (or by
 * setting), referrals as solid arrows, signposts dashed, supported signposts green, declined
 * pathways red and dotted, joint decisions heavier, with criteria and decider as labels; laid out
 * by ELK. With a journey it also draws the journey's route over the map as numbered hops.
 */
public final class SystemMapGenerator {
	static final double SERVICE_WIDTH = 170;
	static final double PAD = Typography.PAD;
	static final double TITLE = Typography.MAP_TITLE;
	static final double SMALL = Typography.MAP_SMALL;
	static final double LABEL_WIDTH = 150;
	/** The widest a map's heading is set, less than a printed sheet holds at the smallest legible scale. */
	static final double HEADING_WIDTH = 1000;

	public enum Grouping {
		CATEGORY, SETTING
	}

	/**
	 * How to group the services, the journey whose route to draw (null for none), and whether each
	 * service's box also says what it provides and its access criteria.
	 */
	public record Options(Grouping grouping, Journey route, boolean detail) {
		public static final Options DEFAULT = new Options(Grouping.CATEGORY, null, false);

		public Options(Grouping grouping, Journey route) {
			this(grouping, route, false);
		}
	}

	private SystemMapGenerator() {
	}

	/** Model to ELK graph ({@link SystemGraph}), layout ({@link ElkLayout}), ELK result to diagram ({@link SystemDrawing}). */
	public static Diagram generate(Ecosystem ecosystem, SourceLocator locator, FindingIndex findings, Options options) {
		SystemGraph graph = new SystemGraph(ecosystem, locator, options);
		ElkLayout.layout(graph.root);
		return new SystemDrawing(graph, ecosystem, locator, findings, options).draw();
	}
}
