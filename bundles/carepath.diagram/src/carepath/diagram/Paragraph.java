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
		return new TextLine(TextMeasurer.ellipsized(text, width, size, bold), x, baseline, size, bold, true);
	}
}
