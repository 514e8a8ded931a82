package carepath.report;

import carepath.diagram.Diagram;

/** One drawing on a page of the pack: what it is called, a line on how to read it, and the diagram. */
record PackDiagram(String anchor, String heading, String explanation, Diagram diagram) {
}
