package carepath.exchange;

/** A line of an imported file that could not be used, and why; the line is skipped. */
public record ImportProblem(int line, String message) {
}
