package carepath.analysis.privacy;

/** The kinds of personal identifier the privacy guard looks for in free text. */
public enum IdentifierKind {
	NHS_NUMBER("NHS number"),
	CHI_NUMBER("CHI number"),
	/** The Dutch citizen service number, burgerservicenummer, known to everyone there as BSN. */
	BSN("BSN"),
	EMAIL("e-mail address"),
	PHONE("phone number"),
	UK_POSTCODE("UK postcode"),
	DUTCH_POSTCODE("Dutch postcode"),
	DATE_OF_BIRTH("date of birth");

	private final String label;

	IdentifierKind(String label) {
		this.label = label;
	}

	/** A name for people, as in "Looks like an NHS number". */
	public String label() {
		return label;
	}
}
