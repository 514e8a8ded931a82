package carepath.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The kinds of file a service designer starts from. Each template is a `.journey` file in the
 * bundle's `templates` folder with `${name}` and `${title}` where the file's own names go; filled
 * in, each one parses and passes every check without errors on its own.
 */
public enum JourneyTemplate {
	CHALLENGES_JOURNEY("Challenges journey", "challenges-journey.journey", "challenges",
			"An as-is journey map showing where the person waited, was turned away or told their story again."),
	GOOD_PRACTICE_JOURNEY("Good-practice journey", "good-practice-journey.journey", "good-practice",
			"An as-is journey map showing what already works well, to keep in a redesign."),
	SYSTEM_MAP("System map", "system-map.journey", "system-map",
			"The services of an area in categories, with their access criteria, referrals and signposts."),
	PERSONA_SHEET("Persona sheet", "persona-sheet.journey", "persona",
			"One anonymised person: about, needs, goals and traits."),
	AS_IS_TO_BE("As-is / to-be pair", "as-is-to-be.journey", "as-is-to-be",
			"An as-is journey and the to-be journey that improves it, to compare step by step.");

	private static final String FOLDER = "templates/";

	private final String label;
	private final String resource;
	private final String suggestedName;
	private final String description;

	JourneyTemplate(String label, String resource, String suggestedName, String description) {
		this.label = label;
		this.resource = resource;
		this.suggestedName = suggestedName;
		this.description = description;
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}

	/** The file name offered until the user types their own, without the extension. */
	public String suggestedName() {
		return suggestedName;
	}

	/** The template filled in for a file of this name. */
	public String textFor(String fileName) throws IOException {
		return TemplateNames.of(fileName).fill(raw());
	}

	private String raw() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(JourneyTemplate.class);
		URL entry = bundle == null ? null : bundle.getEntry(FOLDER + resource);
		if (entry == null) {
			throw new IOException("the template " + resource + " is missing from this installation of Carepath");
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
