package carepath.diagram.key;

/**
 * One line of a key: the role word that shows it is used on the drawing ({@code word}), how its
 * sample is drawn (a line or a box, in {@code sampleRole}, the drawing's own style for that role),
 * and the key of its words in key.properties.
 */
record KeyEntry(String word, Sample sample, String sampleRole, String words) {

	enum Sample {
		LINE, BOX, BADGE
	}

	static KeyEntry line(String word, String sampleRole) {
		return new KeyEntry(word, Sample.LINE, sampleRole, word);
	}

	static KeyEntry box(String word, String sampleRole) {
		return new KeyEntry(word, Sample.BOX, sampleRole, word);
	}

	static KeyEntry badge(String word) {
		return new KeyEntry(word, Sample.BADGE, "finding " + word, word);
	}
}
