package carepath.exchange;

/** An input that cannot be imported at all (not a line to skip), with a message for the person who gave it. */
public class ImportException extends Exception {
	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}
}
