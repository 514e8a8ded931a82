package carepath.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts the text of names, quoted text, scores and amounts to values and back. Names are
 * written as they are, keywords included (the grammar has no escape character); quoted text knows
 * only the escapes \" and \\ (see {@link QuotedText}); scores carry an optional sign.
 */
public class JourneyValueConverters extends DefaultTerminalConverters {

	@ValueConverter(rule = "ID")
	public IValueConverter<String> identifier() {
		return new Verbatim();
	}

	@ValueConverter(rule = "Name")
	public IValueConverter<String> name() {
		return new Verbatim();
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> qualifiedName() {
		return new Verbatim();
	}

	@ValueConverter(rule = "STRING")
	@Override
	public IValueConverter<String> STRING() {
		return new QuotedText();
	}

	@ValueConverter(rule = "Score")
	public IValueConverter<Integer> score() {
		return new WholeNumber(true);
	}

	@ValueConverter(rule = "Amount")
	public IValueConverter<Integer> amount() {
		return new WholeNumber(false);
	}

	/** The token's text is the value: no escapes to undo. */
	static class Verbatim extends AbstractNullSafeConverter<String> {
		@Override
		protected String internalToValue(String string, INode node) {
			return string; // the token text, hidden tokens already left out
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}
	}

	/** A whole number, optionally signed, that must fit an int. */
	static class WholeNumber extends AbstractNullSafeConverter<Integer> {
		private final boolean signed;

		WholeNumber(boolean signed) {
			this.signed = signed;
		}

		@Override
		protected Integer internalToValue(String string, INode node) {
			String text = string;
			String digits = text.replace(" ", "").replace("\t", "");
			if (!signed && (digits.startsWith("-") || digits.startsWith("+"))) {
				throw new ValueConverterException("Write a whole number without a sign.", node, null);
			}
			try {
				return Integer.valueOf(digits.startsWith("+") ? digits.substring(1) : digits);
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + text + "' is not a whole number this tool can hold.", node,
						null);
			}
		}

		@Override
		protected String internalToString(Integer value) {
			return signed && value > 0 ? "+" + value : value.toString();
		}
	}
}
