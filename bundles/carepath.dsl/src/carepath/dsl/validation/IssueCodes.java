package carepath.dsl.validation;

/**
 * The stable codes of every problem the journey language reports. Tools, quick fixes and tests key
 * on these strings, so they never change once released; new problems get new codes.
 */
public final class IssueCodes {
	private IssueCodes() {
	}

	/** The text does not follow the language's forms. */
	public static final String SYNTAX_ERROR = "syntax-error";
	/** Stands for the errors of a file past the first hundred, which are not listed one by one. */
	public static final String MORE_PROBLEMS = "more-problems";
	/** A name that refers to nothing visible; the issue data holds a suggestion, if any. */
	public static final String UNRESOLVED_NAME = "unresolved-name";
	/** Two elements of the same kind with the same name where they must differ. */
	public static final String DUPLICATE_NAME = "duplicate-name";
	/** A name with characters that are neither letters, digits nor `_`. */
	public static final String INVALID_NAME = "invalid-name";
	/** A property that may appear once was written more than once; only the last one counts. */
	public static final String REPEATED_PROPERTY = "repeated-property";
	/** An experience score outside -2..+2 (a constraint of the metamodel). */
	public static final String SCORE_OUT_OF_RANGE = "score-out-of-range";
	/** A wait of less than zero (a constraint of the metamodel). */
	public static final String NEGATIVE_WAIT = "negative-wait";
	/** A required property is missing (a multiplicity of the metamodel). */
	public static final String MISSING_PROPERTY = "missing-property";
	/** Any other constraint of the metamodel. */
	public static final String MODEL_CONSTRAINT = "model-constraint";
	/** A referral or signpost from a service to itself. */
	public static final String SELF_CONNECTION = "self-connection";
	/** An `if declined` pathway that leads to the service that declined. */
	public static final String DECLINED_TO_TARGET = "declined-to-target";
	/** A step at a service that is not part of its journey's ecosystem. */
	public static final String SERVICE_OUTSIDE_ECOSYSTEM = "service-outside-ecosystem";
	/** A journey with no stages: a map not yet begun. */
	public static final String EMPTY_JOURNEY = "empty-journey";
	/** `improves` between a journey and an ecosystem. */
	public static final String IMPROVES_OTHER_KIND = "improves-other-kind";
	/** A map that improves itself, directly or through others. */
	public static final String IMPROVES_CYCLE = "improves-cycle";
}
