package carepath.dsl.load;

/** A file or folder that cannot be read as model text; the message is one line for the user. */
public class LoadException extends Exception {
	private static final long serialVersionUID = 1L;

	public LoadException(String message) {
		super(message);
	}
}
