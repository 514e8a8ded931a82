package carepath.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The diagrams' font, DejaVu Sans, cut down to the characters a document uses, for documents that
 * carry their font: standalone SVG files and the pages of the workshop pack. A browser then shows
 * the text in the font it was measured with, whatever fonts the machine has. Only the glyphs used
 * are kept (a few kilobytes instead of 700), and the same characters always give the same bytes.
 */
public final class FontSubsets {
	/**
	 * The tables kept: outlines, metrics, hinting, and the character map, names and PostScript
	 * table that browsers require. The layout tables (GPOS, GSUB, GDEF, kern, MATH) are left out:
	 * the subsetter would copy them whole, pointing at the full font's glyph numbers (wrong in the
	 * subset) and making up most of its size; and the text was measured without kerning.
	 */
	private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca", "glyf",
			"name", "post", "cvt ", "fpgm", "prep", "gasp");

	/** The regular and bold font files, read from their jar once. */
	private static final byte[][] FILES = new byte[2][];

	private FontSubsets() {
	}

	/**
	 * A CSS `@font-face` rule for the regular or bold face, holding the glyphs of these characters,
	 * as a TrueType font in a base64 data URL (browsers read TrueType there; WOFF2 cannot be written
	 * here). Characters the font lacks are left out: the reader falls back to another font for them.
	 */
	public static String fontFace(boolean bold, Set<Integer> codePoints) {
		return "@font-face { font-family: '" + TextMeasurer.FAMILY + "'; font-weight: " + (bold ? "bold" : "normal")
				+ "; src: url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(subset(bold, codePoints))
				+ ") format('truetype'); }\n";
	}

	private static synchronized byte[] file(boolean bold) throws IOException {
		int index = bold ? 1 : 0;
		if (FILES[index] == null) {
			try (InputStream in = TextMeasurer.fontFile(bold)) {
				FILES[index] = in.readAllBytes();
			}
		}
		return FILES[index];
	}

	/**
	 * Whether the diagrams' font has a glyph for this character (the regular and bold faces cover
	 * the same characters). Emoji, for one, it has not.
	 */
	public static boolean covers(int codePoint) {
		return codePoint <= Character.MAX_VALUE && Coverage.CHARACTERS.getGlyphId(codePoint) != 0;
	}

	/** The regular face's character map, read on first use. */
	private static final class Coverage {
		static final CmapLookup CHARACTERS = read();

		private static CmapLookup read() {
			try {
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file(false)));
				return font.getUnicodeCmapLookup(); // the font stays open: the lookup reads from it
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** The regular or bold TrueType font holding only the glyphs of these characters (and the font's .notdef). */
	public static byte[] subset(boolean bold, Set<Integer> codePoints) {
		try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file(bold)))) {
			TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
			for (int codePoint : codePoints) {
				// The subsetter takes only the Basic Multilingual Plane, which holds all of DejaVu Sans;
				// an emoji or any character the font lacks is drawn by the reader's fallback font.
				if (covers(codePoint)) {
					subsetter.add(codePoint);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			subsetter.writeToStream(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
