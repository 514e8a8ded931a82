package carepath.dsl.ide.edit;

/**
 * An edit that is not made, with the reason in words for the person who asked (a name already
 * taken, a syntax error in the file, an element that does not exist); nothing was changed.
 */
public class EditRefused extends Exception {
	private static final long serialVersionUID = 1L;

	public EditRefused(String message) {
		super(message);
	}
}
