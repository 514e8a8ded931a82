package carepath.exchange;

/** One file an export writes: its name inside the output folder, and its bytes. */
public record ExportedFile(String name, byte[] content) {
}
