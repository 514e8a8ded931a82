package carepath.diagram.key;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words of keys and findings lists (key.properties). */
final class Words {
	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("carepath.diagram.key.key", Locale.ROOT,
			Words.class.getClassLoader());

	private Words() {
	}

	static String get(String key) {
		return BUNDLE.getString(key);
	}
}
