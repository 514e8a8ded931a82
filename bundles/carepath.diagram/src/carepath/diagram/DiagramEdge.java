package carepath.diagram;

import java.util.List;

/** A line of a diagram: a connection, a route hop, a curve; with its labels and its trace. */
public record DiagramEdge(String id, String role, List<Point> points, List<TextLine> labels, Trace trace, String note) {
}
