package carepath.report;

import java.util.Set;
import java.util.TreeSet;

import carepath.diagram.FontSubsets;

/**
 * The diagrams' font, DejaVu Sans, for the pages of the pack: browsers then show the text in the
 * font it was measured with, whatever fonts the machine has. Only the characters a page uses are
 * embedded (a few kilobytes instead of 700), by {@link FontSubsets}, as in standalone SVG files;
 * the page's drawings are inlined without a font of their own and use this one.
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
		return FontSubsets.fontFace(false, characters) + FontSubsets.fontFace(true, characters);
	}
}
