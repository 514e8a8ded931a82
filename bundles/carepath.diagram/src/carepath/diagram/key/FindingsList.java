package carepath.diagram.key;

import java.util.ArrayList;
import java.util.List;

import carepath.diagram.Typography;
import carepath.analysis.Finding;
import carepath.diagram.DiagramNode;
import carepath.diagram.Paragraph;
import carepath.diagram.Rect;
import carepath.diagram.TextLine;

/**
 * The findings of a drawing in words, numbered as its badges are: on paper nobody can hover over
 * a badge. Each entry gives, for each finding about the element of that badge, the severity, the
 * finding and the workshop question it helps to discuss, in columns across the drawing's width. Its box has the id {@code findings}; each entry
 * {@code findings/N}.
 */
public final class FindingsList {
	private static final double TEXT = Typography.KEY_TEXT;
	private static final double COLUMN = 480;
	private static final double GAP = 24;
	private static final double PAD = Typography.KEY_PAD;
	private static final double NUMBER = 30;

	private FindingsList() {
	}

	/** Adds the list at {@code left, top} across {@code width}; returns its bottom ({@code top} when there are none). */
	public static double add(List<DiagramNode> nodes, List<List<Finding>> numbered, double left, double top, double width) {
		if (numbered.isEmpty()) {
			return top;
		}
		int columns = (int) Math.max(1, Math.min(numbered.size(), Math.floor((width - 2 * PAD + GAP) / (COLUMN + GAP))));
		double columnWidth = (width - 2 * PAD - (columns - 1) * GAP) / columns;
		List<List<Paragraph>> texts = new ArrayList<>();
		List<Double> heights = new ArrayList<>();
		double total = 0;
		for (List<Finding> badge : numbered) {
			List<Paragraph> paragraphs = new ArrayList<>();
			double height = 0;
			for (Finding finding : badge) {
				Paragraph text = Paragraph.of(words(finding), 0, height, columnWidth - NUMBER, TEXT, false);
				paragraphs.add(text);
				height += text.height() + 2;
			}
			texts.add(paragraphs);
			heights.add(Math.max(height, 16));
			total += Math.max(height, 16) + 4;
		}
		// Columns filled in order, each to about an equal share of the height.
		double share = total / columns;
		List<DiagramNode> entries = new ArrayList<>();
		double firstRow = top + 32;
		double x = left + PAD;
		double y = firstRow;
		double bottom = y;
		int column = 0;
		for (int index = 0; index < numbered.size(); index++) {
			double height = heights.get(index);
			if (y > firstRow && y - firstRow + height / 2 > share && column < columns - 1) {
				column++;
				x += columnWidth + GAP;
				y = firstRow;
			}
			Finding worst = numbered.get(index).get(0);
			String number = Integer.toString(index + 1);
			List<TextLine> lines = new ArrayList<>();
			for (Paragraph text : texts.get(index)) {
				for (TextLine line : text.lines()) {
					lines.add(new TextLine(line.text(), line.x() + x + NUMBER, line.y() + y, line.size(), line.bold(),
							line.centred()));
				}
			}
			entries.add(new DiagramNode("findings/" + number + "/badge", "finding finding-" + worst.severity().label(),
					new Rect(x + NUMBER - 22, y, 16, 16), List.of(new TextLine(number, x + NUMBER - 14, y + 12, 9, true, true)),
					null, null));
			entries.add(new DiagramNode("findings/" + number, "key-entry", new Rect(x + NUMBER, y, columnWidth - NUMBER,
					height), lines, null, null));
			y += height + 4;
			bottom = Math.max(bottom, y);
		}
		bottom += PAD;
		nodes.add(new DiagramNode("findings", "legend findings", new Rect(left, top, width, bottom - top),
				List.of(new TextLine(Words.get("findings.title"), left + PAD, top + 18, 11, true, false)), null, null));
		nodes.addAll(entries);
		return bottom;
	}

	/** "Warning: no one decides whether Sam is taken on. Are access criteria stated, and is it clear who decides?" */
	static String words(Finding finding) {
		String question = finding.question() == null ? "" : " (" + finding.question().text() + ")";
		return Words.get("findings.severity." + finding.severity().label()) + ": " + finding.message() + question;
	}
}
