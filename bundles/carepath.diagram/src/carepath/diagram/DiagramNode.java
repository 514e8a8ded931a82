package carepath.diagram;

import java.util.List;

/**
 * A box of a diagram: a step card, a service, a lane's cell, a header. The role names what it is
 * (`step`, `service`, `pain-waiting`...) and decides its style; the trace leads back to the model
 * (null for decoration); the note is shown on hover (findings, full text).
 */
public record DiagramNode(String id, String role, Rect bounds, List<TextLine> text, Trace trace, String note) {
}
