package carepath.diagram.journey;

/** The rows of a journey map, top to bottom. */
enum Lane {
	STEPS("steps", "Steps", 0),
	BACKSTAGE("backstage", "Backstage", 0),
	SUPPORT("support", "Support given", 0),
	INFORMATION("information", "Information gathered", 0),
	PERSON("person", "Person's experience", Curves.BAND + 2 * JourneyMapGenerator.PAD),
	PROFESSIONAL("professional", "Professional's experience", Curves.BAND + 2 * JourneyMapGenerator.PAD),
	PAINS("pains", "Pain points", 0),
	GOOD("good", "Good practice", 0),
	IDEAS("ideas", "Change ideas", 0),
	WAITS("waits", "Wait before the step", 0);

	private final String id;
	private final String label;
	private final double minimumHeight;

	Lane(String id, String label, double minimumHeight) {
		this.id = id;
		this.label = label;
		this.minimumHeight = minimumHeight;
	}

	String id() {
		return id;
	}

	String label() {
		return label;
	}

	double minimumHeight() {
		return minimumHeight;
	}

	boolean isCurve() {
		return this == PERSON || this == PROFESSIONAL;
	}
}
