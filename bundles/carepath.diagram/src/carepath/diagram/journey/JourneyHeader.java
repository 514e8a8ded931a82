package carepath.diagram.journey;

import static carepath.diagram.journey.JourneyMapGenerator.BODY;
import static carepath.diagram.journey.JourneyMapGenerator.PAD;
import static carepath.diagram.journey.JourneyMapGenerator.SMALL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import carepath.analysis.Finding;
import carepath.analysis.Labels;
import carepath.diagram.DiagramNode;
import carepath.diagram.FindingIndex;
import carepath.diagram.Ids;
import carepath.diagram.Markers;
import carepath.diagram.Paragraph;
import carepath.diagram.Rect;
import carepath.diagram.SourceLocator;
import carepath.diagram.TextLine;
import carepath.diagram.Trace;
import carepath.model.Journey;
import carepath.model.MapFocus;
import carepath.model.MapState;
import carepath.model.Need;
import carepath.model.Persona;
import carepath.model.Trait;

/** The top of the sheet: title, badges, scope and outcome on the left; the persona card on the right. */
final class JourneyHeader {
	static final double TITLE_SIZE = 20;
	static final double CARD = 400;

	private final Journey journey;
	private final SourceLocator locator;
	private final FindingIndex findings;
	private final Markers markers;

	JourneyHeader(Journey journey, SourceLocator locator, FindingIndex findings, Markers markers) {
		this.markers = markers;
		this.journey = journey;
		this.locator = locator;
		this.findings = findings;
	}

	/** Draws the header from {@code top} across {@code width}; returns its bottom. */
	double draw(double top, double width, List<DiagramNode> nodes) {
		double left = JourneyMapGenerator.MARGIN;
		double textWidth = width - CARD - 2 * JourneyMapGenerator.GAP;
		List<TextLine> text = new ArrayList<>();
		Paragraph title = Paragraph.of(Labels.of(journey), left, top, textWidth,
				TITLE_SIZE, true);
		text.addAll(title.lines());
		double y = top + title.height() + 4;
		double badgeX = left;
		Map<String, String> badges = badges();
		for (Map.Entry<String, String> entry : badges.entrySet()) {
			String badge = entry.getValue();
			String kind = entry.getKey().replace(' ', '-');
			double badgeWidth = carepath.diagram.TextMeasurer.width(badge, SMALL, true) + 2 * PAD;
			nodes.add(new DiagramNode("badge/" + entry.getKey(), "badge badge-" + kind, new Rect(badgeX, y, badgeWidth, 16),
					List.of(new TextLine(badge, badgeX + badgeWidth / 2, y + 12, SMALL, true, true)), null, null));
			badgeX += badgeWidth + 6;
		}
		if (!badges.isEmpty()) {
			y += 24;
		}
		for (String[] line : new String[][] { { "Scope", journey.getScope() }, { "Outcome", journey.getOutcome() } }) {
			if (line[1] != null) {
				Paragraph paragraph = Paragraph.of(line[0] + ": " + line[1], left, y, textWidth, BODY, false);
				text.addAll(paragraph.lines());
				y += paragraph.height() + 2;
			}
		}
		Rect block = new Rect(left, top, textWidth, y - top);
		List<Finding> found = findings.on(journey);
		nodes.add(new DiagramNode(Ids.journey(journey), "header", block, text, Trace.of(journey, locator),
				found.isEmpty() ? null : FindingIndex.note(found)));
		markers.add(Ids.journey(journey), new Rect(left, top, Math.min(textWidth, title.lines().stream()
				.mapToDouble(l -> carepath.diagram.TextMeasurer.width(l.text(), TITLE_SIZE, true)).max().orElse(0) + 20), 20),
				found, nodes);
		double cardBottom = persona(left + width - CARD, top, nodes);
		return Math.max(y, cardBottom);
	}

	/** The badges under the title, by the word that names each in ids and styles. */
	private Map<String, String> badges() {
		Map<String, String> badges = new LinkedHashMap<>();
		// Only what the modeller wrote: a journey without `shows` or `state` is not claimed to be either.
		if (journey.isSetShows()) {
			String focus = journey.getShows() == MapFocus.GOOD_PRACTICE ? "good practice" : "challenges";
			badges.put(focus, focus);
		}
		if (journey.isSetState()) {
			String state = journey.getState() == MapState.TO_BE ? "to-be" : "as-is";
			badges.put(state, state);
		}
		if (journey.getImproves() != null && !journey.getImproves().eIsProxy()) {
			badges.put("improves", "improves " + Labels.of(journey.getImproves()));
		}
		return badges;
	}

	/** The persona card: name, about, needs, goals and traits, as on a persona sheet. */
	private double persona(double x, double top, List<DiagramNode> nodes) {
		Persona persona = journey.getPersona();
		if (persona == null || persona.eIsProxy()) {
			return top;
		}
		List<TextLine> text = new ArrayList<>();
		double inner = CARD - 2 * PAD;
		double y = top + PAD;
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { Labels.of(persona), "title" });
		if (persona.getAbout() != null) {
			lines.add(new String[] { persona.getAbout(), "" });
		}
		if (!persona.getNeeds().isEmpty()) {
			lines.add(new String[] { "Needs: " + String.join(", ", persona.getNeeds().stream().map(JourneyHeader::need).toList()), "" });
		}
		for (String goal : persona.getGoals()) {
			lines.add(new String[] { "Goal: " + goal, "" });
		}
		for (Trait trait : persona.getTraits()) {
			lines.add(new String[] { trait.getName() + ": " + trait.getValue(), "small" });
		}
		for (String[] line : lines) {
			boolean isTitle = line[1].equals("title");
			Paragraph paragraph = Paragraph.of(line[0], x + PAD, y, inner, isTitle ? 13 : line[1].equals("small") ? SMALL : BODY,
					isTitle);
			text.addAll(paragraph.lines());
			y += paragraph.height() + 2;
		}
		Rect card = new Rect(x, top, CARD, y - top + PAD);
		nodes.add(new DiagramNode("persona/" + persona.getName(), "persona", card, text, Trace.of(persona, locator), null));
		return card.bottom();
	}

	private static String need(Need need) {
		return need.eIsProxy() ? "?" : Labels.of(need);
	}
}
