package carepath.diagram.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import carepath.analysis.Journeys;
import carepath.analysis.Labels;
import carepath.diagram.DiagramEdge;
import carepath.diagram.DiagramNode;
import carepath.diagram.Ids;
import carepath.diagram.Point;
import carepath.diagram.Rect;
import carepath.diagram.SourceLocator;
import carepath.diagram.TextLine;
import carepath.diagram.Trace;
import carepath.model.Journey;
import carepath.model.Service;
import carepath.model.Step;

/**
 * One journey's path over the system map: a numbered circle per step at its service, and a hop
 * from each service to the next, along the map's connection where there is one. Hops into a
 * declined step are red; hops with no connection on the map (unmapped handovers) are dashed.
 */
final class RouteOverlay {
	static final double HOP = 16;

	private final Journey journey;
	private final Function<Service, Rect> boxOf;
	private final BiFunction<Service, Service, List<Point>> wayOf;
	private final SourceLocator locator;

	RouteOverlay(Journey journey, Function<Service, Rect> boxOf, BiFunction<Service, Service, List<Point>> wayOf,
			SourceLocator locator) {
		this.journey = journey;
		this.boxOf = boxOf;
		this.wayOf = wayOf;
		this.locator = locator;
	}

	/** Adds the route to the nodes and edges; returns the diagram's height (unchanged). */
	double draw(List<DiagramNode> nodes, List<DiagramEdge> edges, double height) {
		Map<Service, Integer> numbersAt = new LinkedHashMap<>();
		Service previous = null;
		int number = 0;
		for (Step step : Journeys.frontstage(journey)) {
			Service service = Journeys.service(step);
			Rect box = service == null ? null : boxOf.apply(service);
			if (box == null) {
				continue;
			}
			number++;
			if (previous != null && previous != service) {
				edges.add(hop(previous, service, step, number));
			}
			int already = numbersAt.merge(service, 1, Integer::sum) - 1;
			Rect circle = new Rect(box.x() - 6 + already * (HOP + 2), box.y() - 8, HOP, HOP);
			nodes.add(new DiagramNode("hop/" + Ids.step(step), "hop" + (step.isDeclined() ? " hop-declined" : ""), circle,
					List.of(new TextLine(Integer.toString(number), circle.centerX(), circle.y() + 12, 9, true, true)),
					Trace.of(step, locator), number + ". " + Labels.of(step)));
			previous = service;
		}
		return height;
	}

	private DiagramEdge hop(Service from, Service to, Step step, int number) {
		List<Point> way = wayOf.apply(from, to);
		boolean mapped = way != null && way.size() > 1;
		if (!mapped) {
			Rect a = boxOf.apply(from);
			Rect b = boxOf.apply(to);
			way = List.of(new Point(a.centerX(), a.centerY()), new Point(b.centerX(), b.centerY()));
		}
		String role = "hop" + (step.isDeclined() ? " hop-declined" : "") + (mapped ? "" : " hop-unmapped");
		String note = String.format("Hop %d: %s to %s%s", number, Labels.title(from), Labels.title(to),
				mapped ? "" : " (no connection on the map: an unmapped handover)");
		return new DiagramEdge("route/" + Ids.step(step), role, new ArrayList<>(way), List.of(), Trace.of(step, locator), note);
	}
}
