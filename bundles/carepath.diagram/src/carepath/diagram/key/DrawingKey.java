package carepath.diagram.key;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import carepath.diagram.Typography;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Paragraph;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;
import carepath.diagram.TextMeasurer;

/**
 * The key of a drawing: a sample and its words for each line style, colour and badge the drawing
 * uses, and only those. Samples carry the roles of what they explain, so the renderers draw them
 * with the same styles as the drawing itself and the key cannot drift from it. Its box has the id
 * {@code key}; each entry {@code key/WORD}.
 */
public final class DrawingKey {
	static final double TEXT = Typography.KEY_TEXT;
	private static final double SAMPLE = 34;
	private static final double ROW = 20;
	private static final double PAD = Typography.KEY_PAD;

	/** In the order a reader meets them: lines of the system map, the route, cards of the journey map, badges. */
	private static final List<KeyEntry> CATALOGUE = List.of(KeyEntry.line("referral", "referral"),
			KeyEntry.line("signpost", "signpost"), KeyEntry.line("supported", "signpost supported"),
			KeyEntry.line("joint", "referral joint"), KeyEntry.line("declined-pathway", "declined-pathway"),
			KeyEntry.line("hop", "hop"), KeyEntry.line("hop-declined", "hop hop-declined"),
			KeyEntry.line("hop-unmapped", "hop hop-unmapped"), KeyEntry.box("on-route", "service on-route"),
			KeyEntry.box("backstage", "step backstage"), KeyEntry.box("decision", "step decision"),
			KeyEntry.box("declined", "step declined"), KeyEntry.box("pain-gap", "pain pain-gap"),
			KeyEntry.box("pain-repetition", "pain pain-repetition"), KeyEntry.box("pain-waiting", "pain pain-waiting"),
			KeyEntry.box("pain-communication", "pain pain-communication"), KeyEntry.box("pain-access", "pain pain-access"),
			KeyEntry.box("pain-coordination", "pain pain-coordination"), KeyEntry.box("no-system", "information no-system"),
			KeyEntry.badge("finding-error"), KeyEntry.badge("finding-warning"), KeyEntry.badge("finding-info"));

	private DrawingKey() {
	}

	/** The entries the drawing so far uses, by the words of its boxes' and lines' roles. */
	static List<KeyEntry> used(List<DiagramNode> nodes, List<DiagramEdge> edges) {
		Set<String> boxWords = new HashSet<>();
		nodes.forEach(node -> boxWords.addAll(List.of(node.role().split(" "))));
		Set<String> lineWords = new HashSet<>();
		edges.forEach(edge -> lineWords.addAll(List.of(edge.role().split(" "))));
		return CATALOGUE.stream().filter(entry -> (entry.sample() == KeyEntry.Sample.LINE ? lineWords : boxWords)
				.contains(entry.word())).toList();
	}

	/**
	 * Adds the key of the boxes and lines drawn so far at {@code left, top}, entries flowing in rows
	 * across {@code width}; returns its bottom ({@code top} when the drawing uses nothing to explain).
	 */
	public static double add(List<DiagramNode> nodes, List<DiagramEdge> edges, double left, double top, double width) {
		List<KeyEntry> used = used(nodes, edges);
		if (used.isEmpty()) {
			return top;
		}
		List<DiagramNode> samples = new ArrayList<>();
		List<DiagramEdge> lines = new ArrayList<>();
		double x = left + PAD;
		double y = top + 40;
		for (KeyEntry entry : used) {
			String words = Words.get(entry.words());
			double textWidth = Math.min(TextMeasurer.width(words, TEXT, false), width - 3 * PAD - SAMPLE);
			double entryWidth = SAMPLE + 6 + textWidth + 18;
			if (x > left + PAD && x + entryWidth > left + width - PAD) {
				x = left + PAD;
				y += ROW;
			}
			String id = "key/" + entry.word();
			double middle = y - 4;
			switch (entry.sample()) {
			case LINE -> lines.add(new DiagramEdge(id + "/sample", entry.sampleRole(),
					List.of(new Point(x, middle), new Point(x + SAMPLE, middle)), List.of(), null, null));
			case BOX -> samples.add(new DiagramNode(id + "/sample", entry.sampleRole(), new Rect(x, middle - 7, SAMPLE, 14),
					List.of(), null, null));
			case BADGE -> samples.add(new DiagramNode(id + "/sample", entry.sampleRole(),
					new Rect(x + SAMPLE / 2 - 8, middle - 8, 16, 16), List.of(new TextLine("1", x + SAMPLE / 2, middle + 4, 9, true, true)),
					null, null));
			}
			TextLine text = Paragraph.centred(words, 0, 0, textWidth, TEXT, false);
			samples.add(new DiagramNode(id, "key-entry", new Rect(x + SAMPLE + 6, y - TEXT - 1, textWidth, TEXT + 4),
					List.of(new TextLine(text.text(), x + SAMPLE + 6, y, TEXT, false, false)), null, null));
			x += entryWidth;
		}
		double bottom = y + PAD;
		nodes.add(new DiagramNode("key", "legend key", new Rect(left, top, width, bottom - top),
				List.of(new TextLine(Words.get("title"), left + PAD, top + 16, 11, true, false)), null, null));
		nodes.addAll(samples);
		edges.addAll(lines);
		return bottom;
	}
}
