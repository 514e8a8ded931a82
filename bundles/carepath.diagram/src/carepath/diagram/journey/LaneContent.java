package carepath.diagram.journey;

import static carepath.diagram.journey.JourneyMapGenerator.BODY;
import static carepath.diagram.journey.JourneyMapGenerator.PAD;
import static carepath.diagram.journey.JourneyMapGenerator.SMALL;
import static carepath.diagram.journey.JourneyMapGenerator.TITLE;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import carepath.analysis.Finding;
import carepath.analysis.Journeys;
import carepath.analysis.Labels;
import carepath.analysis.WaitTime;
import carepath.diagram.DiagramNode;
import carepath.diagram.FindingIndex;
import carepath.diagram.Ids;
import carepath.diagram.Markers;
import carepath.diagram.Paragraph;
import carepath.diagram.Rect;
import carepath.diagram.SourceLocator;
import carepath.diagram.TextLine;
import carepath.diagram.Trace;
import carepath.model.Experience;
import carepath.model.InformationGathering;
import carepath.model.InformationSystem;
import carepath.model.PainPoint;
import carepath.model.Service;
import carepath.model.Step;

/** What one step shows in each lane: one method per kind of content. */
final class LaneContent {
	private final SourceLocator locator;
	private final FindingIndex findings;
	private final Markers markers;
	private long longestWait = -1;

	LaneContent(SourceLocator locator, FindingIndex findings, Markers markers) {
		this.markers = markers;
		this.locator = locator;
		this.findings = findings;
	}

	List<DiagramNode> cell(Lane lane, Step step, double x, double top, double width) {
		return switch (lane) {
		case STEPS -> step.isBackstage() ? List.of() : card(step, x, top, width);
		case BACKSTAGE -> step.isBackstage() ? card(step, x, top, width) : List.of();
		case SUPPORT -> notes(step, "support", step.getSupport(), x, top, width);
		case INFORMATION -> information(step, x, top, width);
		case PERSON -> experience(step, step.getPersonExperience(), "person", x, top, width);
		case PROFESSIONAL -> experience(step, step.getProfessionalExperience(), "professional", x, top, width);
		case PAINS -> pains(step, x, top, width);
		case GOOD -> notes(step, "good", step.getGoodPractice(), x, top, width);
		case IDEAS -> notes(step, "idea", step.getIdeas(), x, top, width);
		case WAITS -> waits(step, x, top, width);
		};
	}

	/** The step itself: title, channel and service, actor, and whether it was a decision or declined. */
	private List<DiagramNode> card(Step step, double x, double top, double width) {
		List<TextLine> text = new ArrayList<>();
		double inner = width - 2 * PAD;
		double y = top + PAD;
		Paragraph title = Paragraph.of(Labels.of(step), x + PAD, y, inner, TITLE, true);
		text.addAll(title.lines());
		y += title.height() + 2;
		List<String> details = new ArrayList<>();
		Service service = Journeys.service(step);
		String where = service == null ? null : Labels.of(service);
		String channel = step.isSetChannel() ? step.getChannel().getLiteral() : null;
		if (where != null || channel != null) {
			details.add((channel == null ? "" : "[" + channel + "] ") + (where == null ? "" : where));
		}
		if (step.getActor() != null) {
			details.add("by " + step.getActor());
		}
		if (step.isDecision()) {
			details.add("◆ decision moment");
		}
		if (step.isDeclined()) {
			details.add("✕ declined");
		}
		for (String detail : details) {
			Paragraph paragraph = Paragraph.of(detail, x + PAD, y, inner, SMALL, false);
			text.addAll(paragraph.lines());
			y += paragraph.height();
		}
		String role = "step" + (step.isBackstage() ? " backstage" : "") + (step.isDecision() ? " decision" : "")
				+ (step.isDeclined() ? " declined" : "");
		Rect card = new Rect(x, top, width, y - top + PAD);
		List<Finding> found = findings.within(step);
		List<DiagramNode> nodes = new ArrayList<>();
		nodes.add(new DiagramNode(Ids.step(step), role, card, text, Trace.of(step, locator),
				found.isEmpty() ? null : FindingIndex.note(found)));
		markers.add(Ids.step(step), card, found, nodes);
		return nodes;
	}

	/** Short texts stacked in the cell, each its own note (support, good practice, ideas). */
	private List<DiagramNode> notes(Step step, String role, List<String> texts, double x, double top, double width) {
		List<DiagramNode> nodes = new ArrayList<>();
		double y = top;
		for (int index = 0; index < texts.size(); index++) {
			y = note(nodes, role + "/" + Ids.step(step) + "/" + index, role, step, texts.get(index), x, y, width);
		}
		return nodes;
	}

	private List<DiagramNode> information(Step step, double x, double top, double width) {
		List<DiagramNode> nodes = new ArrayList<>();
		double y = top;
		for (int index = 0; index < step.getGathers().size(); index++) {
			InformationGathering gathering = step.getGathers().get(index);
			InformationSystem system = gathering.getSystem();
			String into = system == null ? "no system named"
					: system.eIsProxy() ? "?" : Labels.of(system);
			String text = String.join(", ", gathering.getItems()) + " → " + into;
			y = note(nodes, "information/" + Ids.step(step) + "/" + index, system == null ? "information no-system" : "information",
					gathering, text, x, y, width);
		}
		return nodes;
	}

	private List<DiagramNode> pains(Step step, double x, double top, double width) {
		List<DiagramNode> nodes = new ArrayList<>();
		double y = top;
		for (int index = 0; index < step.getPainPoints().size(); index++) {
			PainPoint pain = step.getPainPoints().get(index);
			String kind = pain.isSetKind() ? pain.getKind().getLiteral() : "pain";
			String text = pain.getDescription() == null ? kind : kind + ": " + pain.getDescription();
			y = note(nodes, "pain/" + Ids.step(step) + "/" + index, "pain pain-" + kind, pain, text, x, y, width);
		}
		return nodes;
	}

	/** A dot on the curve at the score, and the quote under the band. */
	private List<DiagramNode> experience(Step step, Experience experience, String who, double x, double top, double width) {
		if (experience == null || !experience.isSetScore()) {
			return List.of();
		}
		List<DiagramNode> nodes = new ArrayList<>();
		String id = who + "/" + Ids.step(step);
		nodes.add(Curves.dot("dot/" + id, experience, x + width / 2, top, "dot dot-" + who, Trace.of(experience, locator)));
		if (experience.getQuote() != null && !experience.getQuote().isBlank()) {
			note(nodes, "quote/" + id, "quote", experience, "“" + experience.getQuote() + "”", x, top + Curves.BAND + PAD, width);
		}
		return nodes;
	}

	/** A bar as long as the wait, to the scale of the journey's longest wait. */
	private List<DiagramNode> waits(Step step, double x, double top, double width) {
		long wait = WaitTime.minutes(step.getWait());
		if (wait <= 0) {
			return List.of();
		}
		double inner = width - 2 * PAD;
		double length = Math.max(4, inner * wait / longestWait(step));
		String id = "wait/" + Ids.step(step);
		return List.of(new DiagramNode(id, "wait", new Rect(x + PAD, top, length, 10),
				List.of(new TextLine(WaitTime.format(wait), x + PAD, top + 10 + 2 + SMALL, SMALL, false, false)),
				Trace.of(step.getWait(), locator), null));
	}

	private long longestWait(Step step) {
		if (longestWait < 0) {
			var journey = (carepath.model.Journey) step.eContainer().eContainer();
			longestWait = Math.max(1, Journeys.steps(journey).stream().mapToLong(s -> WaitTime.minutes(s.getWait())).max().orElse(1));
		}
		return longestWait;
	}

	/** One wrapped text in its own box; returns where the next one starts. */
	private double note(List<DiagramNode> nodes, String id, String role, EObject source, String text, double x, double top,
			double width) {
		Paragraph paragraph = Paragraph.of(text, x + PAD, top + PAD / 2, width - 2 * PAD, BODY, false);
		Rect box = new Rect(x, top, width, paragraph.height() + PAD);
		List<Finding> found = source instanceof Step ? List.of() : findings.on(source);
		nodes.add(new DiagramNode(id, role, box, paragraph.lines(), Trace.of(source, locator),
				found.isEmpty() ? null : FindingIndex.note(found)));
		markers.add(id, box, found, nodes);
		return box.bottom() + 4;
	}
}
