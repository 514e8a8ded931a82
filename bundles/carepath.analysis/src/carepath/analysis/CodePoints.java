package carepath.analysis;

/**
 * Which characters can be shown to a person: no control character (C0 or C1), no noncharacter
 * (U+FDD0 to U+FDEF and the last two code points of every plane, such as U+FFFE and U+FFFF) and no
 * half of a surrogate pair. The language refuses the others in quoted text, documents replace
 * them and terminal messages escape them: one rule for all three.
 */
public final class CodePoints {
	private CodePoints() {
	}

	public static boolean isShown(int c) {
		boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F;
		boolean loneSurrogate = c <= Character.MAX_VALUE && Character.isSurrogate((char) c);
		boolean noncharacter = c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
		return !control && !loneSurrogate && !noncharacter;
	}
}
