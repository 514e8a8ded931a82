package carepath.dsl.load;

import java.util.Comparator;

import carepath.dsl.conversion.Printable;

/**
 * One finding about a model file, located by line and column (both counted from 1), with a
 * stable code, the kind of element it concerns (`Step`, `Connection`...; empty for syntax
 * errors) and, for workshop checks, the id of the workshop question it answers (else empty).
 * Problems sort by file, then position, then severity and message.
 */
public record Problem(String file, int line, int column, Severity severity, String message, String code,
		String element, String question) implements Comparable<Problem> {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase();
		}
	}

	private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
			.thenComparingInt(Problem::line).thenComparingInt(Problem::column)
			.thenComparing(Problem::severity).thenComparing(Problem::message).thenComparing(Problem::code);

	@Override
	public int compareTo(Problem other) {
		return ORDER.compare(this, other);
	}

	/**
	 * The compiler-style form `file:line:column: severity: message [code]`, with control characters
	 * shown as escapes so that text quoted from a model cannot pass for another line of output.
	 */
	@Override
	public String toString() {
		return String.format("%s:%d:%d: %s: %s [%s]", Printable.of(file), line, column, severity.label(),
				Printable.of(message), code);
	}
}
