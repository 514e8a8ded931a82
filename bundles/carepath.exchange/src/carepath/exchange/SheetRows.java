package carepath.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reading the rows of an imported CSV sheet: columns by name in any case, cells trimmed, lines as a person counts them. */
final class SheetRows {
	static final int MAX_ROWS = 100_000;

	private SheetRows() {
	}

	static CSVParser parse(String csv) throws IOException {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true)
				.setAllowMissingColumnNames(true).get()
				.parse(new StringReader(SheetKind.withoutByteOrderMark(csv)));
	}

	private static final Pattern LINE = Pattern.compile("line:? (\\d+)");

	/**
	 * Refuses a sheet whose quoting is broken (text after a closing quote, a quote never closed),
	 * naming the line: the rows after it cannot be read as they were meant, so none are imported.
	 */
	static void requireReadable(String csv) throws ImportException {
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
			for (CSVRecord row : parser) {
				row.size(); // each row is read to find where the quoting breaks
			}
		} catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
			throw new ImportException((line.find() ? "line " + line.group(1) + ": " : "")
					+ "a cell's quoting is broken: text after a closing quote, or a quote never closed. Write a quote inside "
					+ "a quoted cell as two quotes (\"\"); nothing was imported");
		}
	}

	/** The cell's text on one line; empty when the column is missing or the row is short. */
	static String cell(CSVRecord row, String column) {
		return raw(row, column).replaceAll("[\\r\\n]+", " ").strip();
	}

	/** The cell as it is, line breaks kept (a sticky note's lines). */
	static String raw(CSVRecord row, String column) {
		return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
	}

	/** The first of these columns that the sheet has, or null. */
	static String firstColumn(CSVParser parser, String... columns) {
		for (String column : columns) {
			if (parser.getHeaderMap().containsKey(column)) {
				return column;
			}
		}
		return null;
	}

	/** Several values in one cell, separated by semicolons or bars. */
	static List<String> list(String cell) {
		List<String> values = new ArrayList<>();
		for (String value : cell.split("[;|]")) {
			if (!value.isBlank()) {
				values.add(value.strip());
			}
		}
		return values;
	}

	static boolean yes(String cell) {
		return List.of("yes", "y", "true", "x", "ja", "1").contains(cell.toLowerCase(Locale.ROOT));
	}

	/** The row's line in the sheet, the header being line 1 (a cell with a line break in it counts as one). */
	static int lineOf(CSVRecord row) {
		return (int) row.getRecordNumber() + 1;
	}
}
