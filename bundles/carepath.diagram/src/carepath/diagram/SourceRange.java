package carepath.diagram;

/** Where an element is written: its offset and length in the file's text, and its first line (from 1). */
public record SourceRange(int offset, int length, int line) {
	public static final SourceRange UNKNOWN = new SourceRange(-1, 0, 0);
}
