package carepath.analysis;

/**
 * The reflection questions a workshop asks of its maps. Every check answers one of them, so
 * reports can group findings under the question they help to discuss.
 */
public enum WorkshopQuestion {
	NEEDS_MISSED("needs-missed", "Were any of the person's needs missed?"),
	GAPS("gaps", "Where are the gaps, where could a person fall through?"),
	REPETITION("repetition", "Is information collected again and again?"),
	WAITING("waiting", "Where does the person wait, and for how long?"),
	COMMUNICATION("communication", "Where do handovers and communication break down?"),
	WRONG_DOORS("wrong-doors", "Where are the wrong doors?"),
	ACCESS("access", "Are access criteria stated, and is it clear who decides?"),
	JOINT_DECISIONS("joint-decisions", "Are decisions made jointly?"),
	SIGNPOSTING_SUPPORT("signposting-support", "Does signposting need support?"),
	REJECTED_ALTERNATIVE("rejected-alternative", "Is there an alternative when a referral is rejected?"),
	INFORMATION_RECORDED("information-recorded", "Where is information recorded?"),
	BOTTLENECKS("bottlenecks", "Which services does everything depend on?"),
	EXPERIENCE("experience", "How did it feel, for the person and for the professional?"),
	CHANGE_IDEAS("change-ideas", "What could change at the low points?"),
	GOOD_PRACTICE("good-practice", "What works well and should be kept?"),
	COMPLETENESS("completeness", "Is the map complete enough to discuss?"),
	ANONYMISED("anonymised", "Is the case anonymised?");

	private final String id;
	private final String text;

	WorkshopQuestion(String id, String text) {
		this.id = id;
		this.text = text;
	}

	/** A stable identifier for reports and JSON. */
	public String id() {
		return id;
	}

	/** The question as a facilitator would ask it. */
	public String text() {
		return text;
	}

	public static WorkshopQuestion byId(String id) {
		for (WorkshopQuestion question : values()) {
			if (question.id.equals(id)) {
				return question;
			}
		}
		return null;
	}
}
