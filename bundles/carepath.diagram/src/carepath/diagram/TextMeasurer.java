package carepath.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures and wraps text with the font the diagrams are drawn in, DejaVu Sans, loaded from its
 * bundle rather than the system, so that what is measured is what PNG and PDF draw on any machine.
 * The font is also registered with Java2D under its family name, which the SVG names.
 */
public final class TextMeasurer {
	public static final String FAMILY = "DejaVu Sans";
	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
	private static final Font REGULAR = load("DejaVuSans.ttf");
	private static final Font BOLD = load("DejaVuSans-Bold.ttf");
	private static final Map<Float, Font> SIZED = new ConcurrentHashMap<>();

	private TextMeasurer() {
	}

	private static Font load(String file) {
		try (InputStream in = open(file)) {
			Font font = Font.createFont(Font.TRUETYPE_FONT, in);
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
			return font;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (FontFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The TrueType file of the diagrams' font, for documents that embed it (the workshop pack), so
	 * that they show the text as it was measured.
	 */
	public static InputStream fontFile(boolean bold) {
		return open(bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
	}

	private static InputStream open(String file) {
		InputStream in = TextMeasurer.class.getResourceAsStream(FONTS + file);
		if (in == null) {
			throw new IllegalStateException("font " + file + " is missing from the class path");
		}
		return in;
	}

	/** Makes sure the fonts are loaded and registered before anything is drawn. */
	public static void ensureLoaded() {
		REGULAR.getFamily();
	}

	public static double width(String text, double size, boolean bold) {
		return font(size, bold).getStringBounds(text, CONTEXT).getWidth();
	}

	/**
	 * The font at a size, for text drawn directly rather than through the SVG (the headings of the
	 * sheets a wide map is printed on); the diagrams use a handful of sizes, so derived fonts are kept.
	 */
	public static Font font(double size, boolean bold) {
		float key = bold ? (float) -size : (float) size;
		return SIZED.computeIfAbsent(key, k -> (bold ? BOLD : REGULAR).deriveFont((float) size));
	}

	/** The height of one line of text at this size, with the spacing the diagrams use. */
	public static double lineHeight(double size) {
		return Math.ceil(size * 1.3);
	}

	/**
	 * The most lines a text takes in a diagram: a longer text (a pasted page of notes) ends its last
	 * line with an ellipsis. A drawing is for reading at a glance; the full text stays in the model
	 * and in the workshop pack.
	 */
	public static final int MAX_LINES = 20;

	/**
	 * Breaks text into lines no wider than {@code maxWidth}, at spaces where possible; a word too
	 * long for a line (a long Dutch compound) is split with a hyphen. At most {@link #MAX_LINES}.
	 */
	public static List<String> wrap(String text, double maxWidth, double size, boolean bold) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] words = text.trim().split("\\s+");
		for (int index = 0; index < words.length; index++) {
			String word = words[index];
			if (word.isEmpty()) {
				continue;
			}
			if (lines.size() >= MAX_LINES) {
				return cut(lines, maxWidth, size, bold);
			}
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, size, bold) <= maxWidth) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (rest.codePointCount(0, rest.length()) > 1 && width(rest, size, bold) > maxWidth) {
				if (lines.size() >= MAX_LINES) {
					return cut(lines, maxWidth, size, bold);
				}
				int cut = longestFit(rest, maxWidth, size, bold);
				lines.add(rest.substring(0, cut) + "-");
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines.size() > MAX_LINES ? cut(lines, maxWidth, size, bold) : lines;
	}

	/** The first {@link #MAX_LINES} lines, the last ending in an ellipsis to say that more was written. */
	private static List<String> cut(List<String> lines, double maxWidth, double size, boolean bold) {
		List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
		String last = kept.get(MAX_LINES - 1);
		kept.set(MAX_LINES - 1, ellipsized((last.endsWith("-") ? last.substring(0, last.length() - 1) : last) + " …", maxWidth, size, bold));
		return kept;
	}

	/**
	 * The text, or as much of it as fits {@code maxWidth} followed by an ellipsis; never half of a
	 * surrogate pair. Found by halving, so a long title costs a few measurements, not one per character.
	 */
	public static String ellipsized(String text, double maxWidth, double size, boolean bold) {
		if (width(text, size, bold) <= maxWidth || text.codePointCount(0, text.length()) <= 1) {
			return text;
		}
		int fits = longestPrefix(text, "…", 0, text.length(), maxWidth, size, bold);
		return fits == 0 ? text.substring(0, text.offsetByCodePoints(0, 1)) + "…" : text.substring(0, fits).stripTrailing() + "…";
	}

	/**
	 * How many chars of the word fit on a line together with a hyphen: at least one character, and
	 * never half of a surrogate pair (an emoji).
	 */
	private static int longestFit(String word, double maxWidth, double size, boolean bold) {
		int allButLast = word.offsetByCodePoints(word.length(), -1);
		if (width(word.substring(0, allButLast) + "-", size, bold) <= maxWidth) {
			return allButLast; // the line always carries something on
		}
		return longestPrefix(word, "-", word.offsetByCodePoints(0, 1), allButLast, maxWidth, size, bold);
	}

	/**
	 * The end of the longest prefix of {@code text} that fits {@code maxWidth} with {@code suffix}
	 * after it, between {@code fits} (taken to fit) and {@code tooLong} (taken not to), never inside
	 * a surrogate pair. Found by halving, as a pasted run of thousands of characters without a space
	 * would otherwise be measured once per character.
	 */
	private static int longestPrefix(String text, String suffix, int fits, int tooLong, double maxWidth, double size, boolean bold) {
		int shortest = fits;
		int longest = tooLong;
		while (true) {
			int middle = (shortest + longest) >>> 1;
			if (middle > 0 && Character.isLowSurrogate(text.charAt(middle)) && Character.isHighSurrogate(text.charAt(middle - 1))) {
				middle--;
			}
			if (middle <= shortest) {
				return shortest;
			}
			if (width(text.substring(0, middle) + suffix, size, bold) <= maxWidth) {
				shortest = middle;
			} else {
				longest = middle;
			}
		}
	}
}
