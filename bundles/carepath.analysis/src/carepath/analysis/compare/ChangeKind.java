package carepath.analysis.compare;

/** What happened to an element between the as-is and the to-be map. */
public enum ChangeKind {
	ADDED, REMOVED, CHANGED, KEPT;

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
