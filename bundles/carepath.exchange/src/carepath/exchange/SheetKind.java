package carepath.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Which of the CSV files Carepath imports a sheet is, told by the column names in its first row
 * (any order, any case): the system map sheet has `kind`, the journey sheet `step`, a Mural export
 * `Text` with `Area`, `BG Color` or `Sticky type`, a Miro export `Content`.
 */
public enum SheetKind {
	SYSTEM_MAP("a system map sheet"),
	JOURNEY_STEPS("a journey sheet"),
	MURAL("a Mural sticky-note export"),
	MIRO("a Miro sticky-note export"),
	UNKNOWN("a sheet of unknown columns");

	private final String description;

	SheetKind(String description) {
		this.description = description;
	}

	/** In words, for messages: "a journey sheet". */
	public String description() {
		return description;
	}

	public static SheetKind of(String csv) {
		Set<String> columns = columns(csv);
		if (columns.contains("kind")) {
			return SYSTEM_MAP;
		}
		if (columns.contains("step")) {
			return JOURNEY_STEPS;
		}
		if (columns.contains("text") && (columns.contains("area") || columns.contains("bg color") || columns.contains("sticky type"))) {
			return MURAL;
		}
		if (columns.contains("content")) {
			return MIRO;
		}
		return UNKNOWN;
	}

	/** The first row's cells, trimmed and in lower case; none when the text is not CSV. */
	private static Set<String> columns(String csv) {
		Set<String> columns = new HashSet<>();
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(withoutByteOrderMark(csv)))) {
			for (CSVRecord first : parser) {
				first.forEach(cell -> columns.add(cell.strip().toLowerCase(Locale.ROOT)));
				break;
			}
		} catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			// not CSV (Commons CSV reports a malformed row unchecked while iterating): no columns, so UNKNOWN
		}
		return columns;
	}

	/** Spreadsheets often save UTF-8 with a byte order mark, which would stick to the first column's name. */
	public static String withoutByteOrderMark(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
