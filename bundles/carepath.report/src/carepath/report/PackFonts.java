package carepath.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import carepath.diagram.TextMeasurer;

/**
 * The diagrams' font, DejaVu Sans, for the pages of the pack: browsers then show the text in the
 * font it was measured with, whatever fonts the machine has. Only the characters a page uses are
 * embedded (a few kilobytes instead of 700).
 */
final class PackFonts {
	/** For documents whose renderer is given the font another way (the PDF). */
	static final PackFonts NONE = new PackFonts(false);
	static final PackFonts EMBEDDED = new PackFonts(true);

	private final boolean embed;

	private PackFonts(boolean embed) {
		this.embed = embed;
	}

	/** `@font-face` rules for regular and bold, holding the glyphs of every character in {@code text}. */
	String fontFaces(String text) {
		if (!embed) {
			return "";
		}
		Set<Integer> characters = new TreeSet<>();
		text.codePoints().forEach(characters::add);
		for (int c = 0x20; c < 0x7f; c++) {
			characters.add(c);
		}
		return face(false, characters) + face(true, characters);
	}

	private static String face(boolean bold, Set<Integer> characters) {
		return "@font-face { font-family: '" + TextMeasurer.FAMILY + "'; font-weight: " + (bold ? "bold" : "normal")
				+ "; src: url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(subset(bold, characters))
				+ ") format('truetype'); }\n";
	}

	private static byte[] subset(boolean bold, Set<Integer> characters) {
		try (InputStream in = TextMeasurer.fontFile(bold);
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
			TTFSubsetter subsetter = new TTFSubsetter(font);
			subsetter.addAll(characters);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			subsetter.writeToStream(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
