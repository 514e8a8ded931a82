package carepath.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import carepath.analysis.CodePoints;

/**
 * Quoted text as docs/language.md defines it: one line, in which a backslash escapes only a double
 * quote (\") or a backslash (\\). Java's other escapes (\n, \t, \u0041) are refused, so a quote
 * always reads as it is written and cannot smuggle in a line break; so are control characters
 * other than tab, noncharacters (U+FFFE, U+FFFF...) and half surrogate pairs, which no map needs
 * and which would reach terminals and documents. Emoji and every script are welcome.
 */
public class QuotedText extends AbstractNullSafeConverter<String> {

	@Override
	protected String internalToString(String value) {
		StringBuilder text = new StringBuilder(value.length() + 2).append('"');
		for (int index = 0; index < value.length();) {
			int c = value.codePointAt(index);
			index += Character.charCount(c);
			if (c == '"' || c == '\\') {
				text.append('\\').appendCodePoint(c);
			} else if (c == '\n' || c == '\r') {
				text.append(' '); // text from another tool may break lines; quoted text is one line
			} else if (isAllowed(c)) {
				text.appendCodePoint(c);
			}
		}
		return text.append('"').toString();
	}

	@Override
	protected String internalToValue(String string, INode node) {
		StringBuilder value = new StringBuilder(string.length());
		int end = string.length() - 1; // the lexer only makes tokens that start and end with a quote
		for (int index = 1; index < end;) {
			int c = string.codePointAt(index);
			if (c == '\\') {
				char escaped = string.charAt(index + 1);
				if (escaped != '"' && escaped != '\\') {
					throw new ValueConverterException("Only \\\" and \\\\ may follow a backslash in quoted text; write \\\\"
							+ " for a backslash (here: \\" + Printable.of(String.valueOf(escaped)) + ").", node, null);
				}
				value.append(escaped);
				index += 2;
				continue;
			}
			if (!isAllowed(c)) {
				throw new ValueConverterException("Quoted text cannot hold the character " + Printable.codePoint(c)
						+ ", a control code or no character at all, which nothing shows; remove it.", node, null);
			}
			value.appendCodePoint(c);
			index += Character.charCount(c);
		}
		return value.toString();
	}

	/** Tab and every character one can show ({@link CodePoints}). */
	static boolean isAllowed(int c) {
		return c == '\t' || CodePoints.isShown(c);
	}
}
