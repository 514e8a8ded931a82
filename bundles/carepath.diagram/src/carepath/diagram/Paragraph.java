package carepath.diagram;

import java.util.ArrayList;
import java.util.List;

/** Text wrapped into a width and placed from a top-left corner: its lines and the height they take. */
public record Paragraph(List<TextLine> lines, double height) {

	public static Paragraph of(String text, double x, double top, double width, double size, boolean bold) {
		List<TextLine> lines = new ArrayList<>();
		double lineHeight = TextMeasurer.lineHeight(size);
		double baseline = top + size;
		for (String line : TextMeasurer.wrap(text, width, size, bold)) {
			lines.add(new TextLine(line, x, baseline, size, bold, false));
			baseline += lineHeight;
		}
		return new Paragraph(lines, lines.size() * lineHeight);
	}

	/** One line centred on x, shortened with an ellipsis if it is wider than {@code width}. */
	public static TextLine centred(String text, double x, double baseline, double width, double size, boolean bold) {
		String shown = text;
		while (shown.length() > 1 && TextMeasurer.width(shown, size, bold) > width) {
			shown = shown.substring(0, shown.length() - 2) + "…";
		}
		return new TextLine(shown, x, baseline, size, bold, true);
	}
}
