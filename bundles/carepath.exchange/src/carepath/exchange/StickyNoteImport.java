package carepath.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import carepath.analysis.Identifiers;
import carepath.model.CarepathFactory;
import carepath.model.Category;
import carepath.model.Ecosystem;
import carepath.model.Model;
import carepath.model.Service;

/**
 * Reads the sticky notes of a Miro or Mural board, exported as CSV, into an ecosystem: each note
 * a service, its first line the title and the others what it provides, grouped into categories
 * the way the workshop grouped the notes on the board (frame or area, else tag, else colour).
 * Notes with the same text are merged, as a workshop often writes a service on several notes.
 */
public final class StickyNoteImport {

	/** The columns of each board's export that are read; the others are left alone. */
	public enum Board {
		/** Miro: the note's content is HTML; the item type, where the export gives it, tells notes from shapes. */
		MIRO("content", "type", List.of("frame", "frame title", "frame name"), List.of("tags", "tag"),
				List.of("color", "fill color", "background color", "sticky note color")),
		/** Mural: text with HTML entities; Area is the titled area (or outline) a note sits in. */
		MURAL("text", null, List.of("area"), List.of("tags"), List.of("bg color", "color"));

		private final String text;
		private final String type;
		private final List<List<String>> groupings;

		Board(String text, String type, List<String> frames, List<String> tags, List<String> colours) {
			this.text = text;
			this.type = type;
			this.groupings = List.of(frames, tags, colours);
		}
	}

	private StickyNoteImport() {
	}

	public static ImportResult read(String csv, Board board, String mapTitle) {
		CarepathFactory factory = CarepathFactory.eINSTANCE;
		List<ImportProblem> problems = new ArrayList<>();
		Ecosystem ecosystem = factory.createEcosystem();
		Map<String, Category> categories = new LinkedHashMap<>();
		Set<String> categoryNames = new HashSet<>();
		Set<String> serviceNames = new HashSet<>();
		Map<String, Service> byTitle = new HashMap<>();
		Map<Service, Integer> firstLine = new HashMap<>();
		try (CSVParser parser = SheetRows.parse(csv)) {
			if (!parser.getHeaderMap().containsKey(board.text)) {
				problems.add(new ImportProblem(1, "the first row must name the columns, with '" + board.text + "' among them"));
				return new ImportResult(model(ecosystem, mapTitle), problems);
			}
			List<CSVRecord> notes = new ArrayList<>();
			for (CSVRecord row : parser) {
				if (row.getRecordNumber() > SheetRows.MAX_ROWS) {
					problems.add(new ImportProblem(SheetRows.lineOf(row), "more than " + SheetRows.MAX_ROWS + " rows; the rest was not read"));
					break;
				}
				if (board.type == null || isNote(SheetRows.cell(row, board.type))) {
					notes.add(row); // frames, shapes, connectors and text boxes of the board are not notes
				}
			}
			Grouping grouping = grouping(parser, board, notes);
			for (CSVRecord row : notes) {
				int line = SheetRows.lineOf(row);
				List<String> lines = MarkupText.lines(SheetRows.raw(row, board.text));
				if (lines.isEmpty()) {
					problems.add(new ImportProblem(line, "an empty note; the row was skipped"));
					continue;
				}
				String title = lines.get(0);
				List<String> more = lines.subList(1, lines.size());
				Service known = byTitle.get(key(title));
				if (known != null) {
					more.stream().filter(text -> !known.getProvides().contains(text)).forEach(known.getProvides()::add);
					problems.add(new ImportProblem(line, "the same note as on line " + firstLine.get(known) + "; merged into one service"));
					continue;
				}
				Service service = factory.createService();
				service.setName(Identifiers.from(title, "service", serviceNames));
				if (!service.getName().equals(title)) {
					service.setTitle(title);
				}
				service.getProvides().addAll(more);
				String group = grouping.of(row);
				if (!group.isEmpty()) {
					service.setCategory(categories.computeIfAbsent(key(group), k -> category(group, categoryNames, factory)));
				}
				ecosystem.getServices().add(service);
				byTitle.put(key(title), service);
				firstLine.put(service, line);
			}
		} catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			// Commons CSV reports malformed quoting unchecked, while iterating
			problems.add(new ImportProblem(1, "not a readable CSV file (" + e.getMessage() + ")"));
		}
		ecosystem.getCategories().addAll(categories.values());
		return new ImportResult(model(ecosystem, mapTitle), problems);
	}

	/** How the notes were grouped: the first kind of grouping column the sheet has and uses. */
	private record Grouping(String column, boolean firstValueOnly, String prefix) {
		String of(CSVRecord row) {
			if (column == null) {
				return "";
			}
			String value = SheetRows.cell(row, column);
			if (firstValueOnly) {
				value = value.split("[,;|]", 2)[0].strip();
			}
			return value.isEmpty() ? "" : prefix + value;
		}
	}

	/** Frames or areas if the notes use them, else tags, else colours; none if the sheet has none of these. */
	private static Grouping grouping(CSVParser parser, Board board, List<CSVRecord> notes) {
		for (int kind = 0; kind < board.groupings.size(); kind++) {
			for (String column : board.groupings.get(kind)) {
				if (parser.getHeaderMap().containsKey(column) && notes.stream().anyMatch(row -> !SheetRows.cell(row, column).isEmpty())) {
					return new Grouping(column, kind == 1, kind == 2 ? "Colour " : "");
				}
			}
		}
		return new Grouping(null, false, "");
	}

	private static boolean isNote(String type) {
		String kind = type.toLowerCase(Locale.ROOT);
		return kind.isEmpty() || kind.contains("sticky") || kind.equals("card");
	}

	private static String key(String title) {
		return title.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static Category category(String title, Set<String> used, CarepathFactory factory) {
		Category category = factory.createCategory();
		category.setName(Identifiers.from(title, "category", used));
		category.setTitle(title);
		return category;
	}

	private static Model model(Ecosystem ecosystem, String mapTitle) {
		ecosystem.setName(Identifiers.from(mapTitle, "board", new HashSet<>()));
		if (!ecosystem.getName().equals(mapTitle)) {
			ecosystem.setTitle(mapTitle);
		}
		Model model = CarepathFactory.eINSTANCE.createModel();
		model.getElements().add(ecosystem);
		return model;
	}
}
